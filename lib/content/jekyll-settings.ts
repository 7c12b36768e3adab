/**
 * The settings of a Jekyll site this project took its posts from, as
 * `npm run import:jekyll` writes them to `<content>/jekyll.json` (from the old
 * `_config.yml`). Read here and nowhere else. A project that never imported a
 * Jekyll site has no such file, and every reader gets the defaults below,
 * which are Jekyll's own defaults for a site in this project's time zone.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CONTENT_DIR, siteConfig } from '../config';

export type JekyllSettings = {
  /** `_config.yml` `permalink:`, expanded from Jekyll's named styles (`date`, `pretty`, …) to a pattern. */
  permalink: string;
  /** `_config.yml` `timezone:`: the zone Jekyll used for dates without an offset and for URL date parts. */
  timeZone: string;
  /** `_config.yml` `url:` and `baseurl:` of the old site, to recognise its absolute links. */
  url: string;
  baseurl: string;
  /** `_config.yml` `excerpt_separator:` (Jekyll's default is a blank line; this project's is `<!--more-->`). */
  excerptSeparator: string;
  /** The kramdown options that change how a post reads. */
  kramdown: { parseBlockHtml: boolean };
  /** Where the old site's `_includes/` were copied to, relative to the project; undefined when it had none. */
  includesDir?: string;
  /**
   * Whether dates without an offset read as Jekyll read them (lib/posts/dates.ts `DateReading`):
   * true once a site is imported. Otherwise they are Japan time, as the front-matter reference says.
   */
  readDatesAsJekyll: boolean;
};

export const JEKYLL_SETTINGS_FILE = 'jekyll.json';

export const DEFAULT_JEKYLL_SETTINGS: JekyllSettings = {
  permalink: '/:categories/:year/:month/:day/:title:output_ext',
  timeZone: siteConfig.timeZone,
  url: '',
  baseurl: '',
  excerptSeparator: '<!--more-->',
  kramdown: { parseBlockHtml: false },
  readDatesAsJekyll: false,
};

export function jekyllSettingsPath(contentDir: string = CONTENT_DIR): string {
  return path.join(contentDir, JEKYLL_SETTINGS_FILE);
}

/** The imported site's settings, or the defaults when nothing was imported. */
export function readJekyllSettings(contentDir: string = CONTENT_DIR): JekyllSettings {
  const file = jekyllSettingsPath(contentDir);
  if (!existsSync(file)) return DEFAULT_JEKYLL_SETTINGS;
  const stored = JSON.parse(readFileSync(file, 'utf8')) as Partial<JekyllSettings>;
  return {
    ...DEFAULT_JEKYLL_SETTINGS,
    ...stored,
    kramdown: { ...DEFAULT_JEKYLL_SETTINGS.kramdown, ...stored.kramdown },
  };
}
