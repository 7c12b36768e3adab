import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

// Written by the content step (`npm run content`), which `npm run build` runs before `next build`.
const contentIndex = path.join(path.dirname(fileURLToPath(import.meta.url)), '.contentlayer', 'generated', 'Post', '_index.json');

/**
 * Old Jekyll URLs → /posts/<slug> (308). The rules live in lib/legacy-urls.ts,
 * loaded through tsx because this config file is plain JavaScript.
 */
async function legacyRedirects() {
  if (!existsSync(contentIndex)) return [];
  const { tsImport } = await import('tsx/esm/api');
  /** @type {typeof import('./lib/legacy-urls')} */
  const lib = await tsImport('./lib/legacy-urls.ts', import.meta.url);
  const posts = JSON.parse(readFileSync(contentIndex, 'utf8'));
  return lib.legacyRedirects(posts, { now: new Date(), includeUnpublished: false });
}

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  redirects: legacyRedirects,
};

export default withNextIntl(nextConfig);
