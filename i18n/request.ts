import { getRequestConfig } from 'next-intl/server';
import messages from '../messages/ja.json';
import { siteConfig } from '../lib/config';

// One locale and no locale prefix: every request gets Japanese, so pages stay static.
export default getRequestConfig(async () => ({
  locale: siteConfig.locale,
  timeZone: siteConfig.timeZone,
  messages,
}));
