/**
 * Posts imported from Jekyll keep their old addresses: every URL Jekyll gave a
 * post answers with a permanent redirect to /posts/<slug>. Computed from the
 * Contentlayer index at build time. Each post's URL by the old site's permalink
 * pattern, or its own `permalink:`, goes into one lookup table that proxy.ts
 * answers from (`legacyUrlTable`, written by the content step): as one route each
 * they would be thousands of routes, which slows every request and exceeds
 * Vercel's route limit. `redirect_from:` front matter, which only some posts have,
 * becomes next.config.mjs `redirects()`.
 *
 * What Jekyll (4.x) does, and what is matched here:
 * - The pattern is `_config.yml` `permalink:` (lib/content/jekyll-settings.ts), by
 *   default the `date` style `/:categories/:year/:month/:day/:title:output_ext`.
 *   `:categories` is each front-matter category lower-cased (Ruby `downcase`, not
 *   slugified) and joined with `/`; with no category the segment disappears. The
 *   categories as written and none at all are accepted too, and for dated URLs any
 *   category prefix, so the exact spelling of an old category never matters.
 * - Date parts are the post date in the old site's `timezone:` (Japan time by default).
 * - `:title` is the file name without date and extension (or the `slug:` front
 *   matter), "pretty"-slugified with case kept; `.html` may be left off, as
 *   GitHub Pages serves `/x.html` at `/x` too, and `/x/` is also `/x/index.html`.
 * Request paths arrive percent-encoded; the table is keyed by the decoded, lower-cased
 * path (Next matches routes case-insensitively too).
 */
import { siteConfig } from '../config';
import { zonedDateParts } from '../posts/dates';
import { selectPublishedPosts, type Visibility } from '../posts/query';
import { postPath } from './routes';
import { slugFromFileName } from './segments';

export type Redirect = { source: string; destination: string; permanent: true };

/** The fields of a Contentlayer document (.contentlayer/generated/Post/_index.json) this needs. */
export type IndexedPost = {
  slug: string;
  date: string;
  draft: boolean;
  categories: string[];
  permalink?: string;
  redirectFrom?: string[];
  _raw: { sourceFileName: string };
};

// Jekyll's Utils.slugify "pretty" mode keeps marks, letters, digits and these characters.
const NOT_PRETTY = /[^\p{M}\p{L}\p{Nd}._~!$&'()+,;=@]+/gu;

/** Jekyll's `:title`: "pretty" slug, case kept. */
export function jekyllTitle(name: string): string {
  return name.replace(NOT_PRETTY, '-').replace(/^-+|-+$/g, '');
}

// WHATWG URL path percent-encode set: what a browser encodes before sending a path.
const BROWSER_ENCODED = /[\u0000-\u0020"#<>?`{}\u007f-\uffff]|[\ud800-\udbff][\udc00-\udfff]/g;
// Characters with a meaning in Next's path-to-regexp source syntax.
const PATTERN_SYNTAX = /[\\:*?+(){}[\]]/g;

function decodeLenient(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** A literal path as a source pattern that matches what a browser sends for it. */
export function literalSource(path: string): string {
  return path
    .split('/')
    .map((segment) =>
      decodeLenient(segment)
        .normalize('NFC')
        .replace(BROWSER_ENCODED, (c) => encodeURIComponent(c))
        .replace(PATTERN_SYNTAX, (c) => `\\${c}`),
    )
    .join('/');
}

/** `https://old.example.jp/a?p=1` → `/a`, `/a#x` → `/a`: the path of a written address; undefined when it is not a URL. */
export function writtenPath(raw: string): string | undefined {
  let path = raw.trim();
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(path)) {
    try {
      path = new URL(path).pathname;
    } catch {
      return undefined;
    }
  }
  return path.replace(/[?#].*$/, '');
}

/** `/a/b/` → `/a/b` (Next strips the slash before redirects run); query and fragment dropped; `/` alone gives undefined. */
export function normalizePath(raw: string): string | undefined {
  let path = writtenPath(raw);
  if (path === undefined) return undefined;
  if (!path.startsWith('/')) path = `/${path}`;
  path = path.replace(/\/{2,}/g, '/').replace(/\/+$/, '');
  return path === '' ? undefined : path;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Ruby's strftime week fields from a calendar date: `%j`, `%V` (ISO week), `%G` (its year), `%u` (Monday = 1). */
function weekFields(year: number, month: number, day: number) {
  const utc = Date.UTC(year, month - 1, day);
  const yearDay = Math.round((utc - Date.UTC(year, 0, 1)) / 86_400_000) + 1;
  const weekday = new Date(utc).getUTCDay();
  const isoWeekday = weekday === 0 ? 7 : weekday;
  const thursday = new Date(utc + (4 - isoWeekday) * 86_400_000);
  const isoYear = thursday.getUTCFullYear();
  const isoWeek = Math.floor((thursday.getTime() - Date.UTC(isoYear, 0, 1)) / (7 * 86_400_000)) + 1;
  return { yearDay, weekday, isoWeekday, isoYear, isoWeek };
}

/** Jekyll's default slugify mode (`:slug`): anything but letters, marks and digits becomes `-`, lower-cased. */
function jekyllSlug(name: string): string {
  return name.replace(/[^\p{M}\p{L}\p{Nd}]+/gu, '-').replace(/^-+|-+$/g, '').toLowerCase();
}

/** Jekyll placeholders this expands in a permalink; anything else leaves the permalink out. */
function placeholderValues(post: IndexedPost, timeZone: string): Record<string, string> {
  const d = zonedDateParts(post.date, timeZone);
  const w = weekFields(d.year, d.month, d.day);
  const name = slugFromFileName(post._raw.sourceFileName);
  return {
    year: String(d.year),
    month: pad(d.month),
    day: pad(d.day),
    i_month: String(d.month),
    i_day: String(d.day),
    short_year: pad(d.year % 100),
    short_month: MONTHS[d.month - 1].slice(0, 3),
    long_month: MONTHS[d.month - 1],
    y_day: String(w.yearDay).padStart(3, '0'),
    week: pad(w.isoWeek),
    w_year: String(w.isoYear),
    w_day: String(w.isoWeekday),
    short_day: WEEKDAYS[w.weekday].slice(0, 3),
    long_day: WEEKDAYS[w.weekday],
    hour: pad(d.hour),
    minute: pad(d.minute),
    second: pad(d.second),
    title: jekyllTitle(name),
    slug: jekyllSlug(name) || post.slug,
    name,
    categories: [...new Set(post.categories.map((c) => c.toLowerCase()))].join('/'),
    output_ext: '.html',
  };
}

/**
 * A Jekyll permalink pattern filled in for one post, dates in the old site's zone;
 * `replace` swaps in another spelling of a value (the categories as written, a slug
 * as the title). Undefined when the pattern has a placeholder not listed above.
 */
export function expandPermalink(
  template: string,
  post: IndexedPost,
  timeZone: string = siteConfig.timeZone,
  replace: Record<string, string> = {},
): string | undefined {
  const values = { ...placeholderValues(post, timeZone), ...replace };
  let unknown = false;
  // Like Jekyll, `:month_:day` is `:month` followed by `_`: a trailing underscore may end the name.
  const expanded = template.replace(/:([a-z_]+)/g, (match, name: string) => {
    const key = name in values ? name : name.replace(/_+$/, '');
    if (!(key in values)) {
      unknown = true;
      return match;
    }
    return values[key] + name.slice(key.length);
  });
  // Jekyll drops the empty segment an empty `:categories` leaves (`//2014/…` → `/2014/…`).
  return unknown ? undefined : expanded.replace(/\/{2,}/g, '/');
}

/** Sources for one post's `redirect_from:` front matter (its permalink and pattern URLs are in `legacyUrlTable`). */
export function legacySources(post: IndexedPost): string[] {
  const explicit = (post.redirectFrom ?? [])
    .map((path) => normalizePath(path))
    .filter((path): path is string => path !== undefined && decodeLenient(path) !== decodeLenient(postPath(post.slug)))
    .map((path) =>
      // `/x.html` also answered at `/x`; a directory-style `/x/` was the file /x/index.html.
      /\.html$/i.test(path) ? `${literalSource(path.slice(0, -'.html'.length))}{.html}?` : `${literalSource(path)}{/index.html}?`,
    );
  return [...new Set(explicit)];
}

/** The front-matter redirects of the published posts; a source claimed twice goes to the first (newest) post. */
export function legacyRedirects(posts: readonly IndexedPost[], visibility: Visibility): Redirect[] {
  const seen = new Set<string>();
  const redirects: Redirect[] = [];
  for (const post of selectPublishedPosts(posts, visibility)) {
    for (const source of legacySources(post)) {
      const key = source.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      redirects.push({ source, destination: postPath(post.slug), permanent: true });
    }
  }
  return redirects;
}

/**
 * The old site's permalink pattern, zone and `baseurl` (lib/content/jekyll-settings.ts);
 * Jekyll's defaults in Japan time when nothing was imported. A site served under a
 * `baseurl` (`/blog`) had every URL under it, so both spellings are answered.
 */
export type PermalinkSite = { permalink: string; timeZone: string; baseurl?: string };

export const DEFAULT_PERMALINK_SITE: PermalinkSite = {
  permalink: '/:categories/:year/:month/:day/:title:output_ext',
  timeZone: siteConfig.timeZone,
};

/** Jekyll's named permalink styles (`permalink: pretty` in `_config.yml`) as the patterns they stand for. */
export const PERMALINK_STYLES: Readonly<Record<string, string>> = {
  date: '/:categories/:year/:month/:day/:title:output_ext',
  pretty: '/:categories/:year/:month/:day/:title/',
  ordinal: '/:categories/:year/:y_day/:title:output_ext',
  weekdate: '/:categories/:year/W:week/:short_day/:title:output_ext',
  none: '/:categories/:title:output_ext',
};

/** `_config.yml` `permalink:` → a pattern: a named style expanded, a pattern as written, nothing → Jekyll's default (`date`). */
export function permalinkPattern(value: unknown): string {
  if (typeof value !== 'string' || value.trim() === '') return PERMALINK_STYLES.date;
  const text = value.trim();
  return PERMALINK_STYLES[text] ?? text;
}

/**
 * Old path → the post's path now, for every URL an old site gave a published post.
 * Keys are `legacyUrlKey`s, so `/a/b/`, `/a/b/index.html`, `/a/b.html`, `/A/b` and the
 * percent-encoded Japanese form all find one entry.
 */
export type LegacyUrlTable = Record<string, string>;

/** The one spelling of an old path that the table is keyed by: decoded, NFC, lower-cased, without `.html`, `/index.html` or a trailing `/`. */
export function legacyUrlKey(path: string): string {
  const decoded = path
    .split('/')
    .map((segment) => decodeLenient(segment))
    .join('/')
    .normalize('NFC')
    .toLowerCase()
    .replace(/\/{2,}/g, '/')
    .replace(/\/index\.html$/, '')
    .replace(/\.html$/, '')
    .replace(/\/+$/, '');
  return decoded.startsWith('/') ? decoded : `/${decoded}`;
}

/** One old address of a post, as the importer's report lists it (`old path → new path`). */
export type LegacyUrl = { oldPath: string; newPath: string; file: string };

/**
 * The old URLs of one post: its own `permalink:`, else the site's pattern, as Jekyll
 * wrote them (categories lower-cased, `:title` from the file name), plus the spellings
 * a link may have used (categories as written or none, the slug as `:title`).
 */
function oldPathsOf(post: IndexedPost, site: PermalinkSite): { jekyll: string[]; variants: string[] } {
  const jekyll: string[] = [];
  const variants: string[] = [];
  const own = post.permalink ? expandPermalink(post.permalink, post, site.timeZone) : undefined;
  if (own !== undefined) jekyll.push(own);
  const fileTitle = jekyllTitle(slugFromFileName(post._raw.sourceFileName));
  const byPattern = expandPermalink(site.permalink, post, site.timeZone);
  if (byPattern !== undefined) (own === undefined ? jekyll : variants).push(byPattern);
  const categorySpellings = [post.categories.join('/'), ''];
  for (const title of [fileTitle, post.slug]) {
    for (const categories of categorySpellings) {
      const path = expandPermalink(site.permalink, post, site.timeZone, { title, categories });
      if (path !== undefined) variants.push(path);
    }
  }
  const base = (site.baseurl ?? '').replace(/\/+$/, '');
  if (base !== '' && base.startsWith('/')) {
    return { jekyll: jekyll.map((p) => `${base}${p}`), variants: [...jekyll, ...variants, ...variants.map((p) => `${base}${p}`)] };
  }
  return { jekyll, variants };
}

/** Every old URL of the published posts, as Jekyll wrote them: the importer's old → new table. */
export function legacyUrlList(posts: readonly IndexedPost[], visibility: Visibility, site: PermalinkSite = DEFAULT_PERMALINK_SITE): LegacyUrl[] {
  return selectPublishedPosts(posts, visibility).flatMap((post) =>
    oldPathsOf(post, site).jekyll.map((oldPath) => ({ oldPath, newPath: decodeLenient(postPath(post.slug)), file: post._raw.sourceFileName })),
  );
}

/** The lookup table proxy.ts answers old URLs from; the newest post wins a clash. */
export function legacyUrlTable(posts: readonly IndexedPost[], visibility: Visibility, site: PermalinkSite = DEFAULT_PERMALINK_SITE): LegacyUrlTable {
  const table: LegacyUrlTable = {};
  for (const post of selectPublishedPosts(posts, visibility)) {
    const { jekyll, variants } = oldPathsOf(post, site);
    const own = postPath(post.slug);
    for (const path of [...jekyll, ...variants]) {
      const key = legacyUrlKey(path);
      if (key === '/' || key === legacyUrlKey(own)) continue;
      table[key] ??= own;
    }
  }
  return table;
}

// Jekyll's dated URLs with any category prefix: `/<anything>/yyyy/mm/dd/<title>` is also looked up as `/yyyy/mm/dd/<title>`.
const DATED_PATH = /^(?:\/[^/]+)*?(\/\d{4}\/\d{2}\/\d{2}\/[^/]+)$/;

/** Where an old URL (the request path, percent-encoded as browsers send it) now is, if it was a post's. */
export function resolveLegacyUrl(pathname: string, table: LegacyUrlTable): string | undefined {
  const key = legacyUrlKey(pathname);
  if (Object.hasOwn(table, key)) return table[key];
  const dated = DATED_PATH.exec(key);
  return dated && Object.hasOwn(table, dated[1]) ? table[dated[1]] : undefined;
}
