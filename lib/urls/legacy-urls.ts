/**
 * Posts imported from Jekyll keep their old addresses: every URL Jekyll gave a
 * post answers with a permanent redirect to /posts/<slug>. Computed from the
 * Contentlayer index at build time. The dated URLs (one or two per post) are a
 * lookup table that proxy.ts answers from (`datedUrlTable`, written by the content
 * step): as one route each they would be thousands of routes, which slows every
 * request and exceeds Vercel's route limit. `permalink:`/`redirect_from:` front
 * matter, which only some posts have, become next.config.mjs `redirects()`.
 *
 * What Jekyll (4.x) does, and what is matched here:
 * - The default `date` permalink is `/:categories/:year/:month/:day/:title:output_ext`.
 *   `:categories` is each front-matter category lower-cased (Ruby `downcase`, not
 *   slugified) and joined with `/`; with no category the segment disappears. Any
 *   category prefix is accepted (lower-cased, as written, or none at all), so
 *   the exact spelling of an old category never matters; the date and title must match.
 * - Date parts are the post date in the site's time zone, which is Asia/Tokyo here.
 * - `:title` is the file name without date and extension (or the `slug:` front
 *   matter), "pretty"-slugified with case kept; `.html` may be left off, as
 *   GitHub Pages serves `/x.html` at `/x` too.
 * - `permalink:` (literal, or with Jekyll placeholders) and every `redirect_from:` entry.
 * Request paths arrive percent-encoded, so non-ASCII parts of a source are encoded
 * the way browsers encode paths. Next matches sources case-insensitively.
 */
import { jstDateParts } from '../posts/dates';
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

/** Jekyll placeholders this expands in a `permalink:`; anything else leaves the permalink out. */
function placeholderValues(post: IndexedPost): Record<string, string> {
  const d = jstDateParts(post.date);
  const name = slugFromFileName(post._raw.sourceFileName);
  return {
    year: String(d.year),
    month: pad(d.month),
    day: pad(d.day),
    i_month: String(d.month),
    i_day: String(d.day),
    short_year: pad(d.year % 100),
    hour: pad(d.hour),
    minute: pad(d.minute),
    second: pad(d.second),
    title: jekyllTitle(name),
    slug: post.slug,
    name,
    categories: [...new Set(post.categories.map((c) => c.toLowerCase()))].join('/'),
    output_ext: '.html',
  };
}

export function expandPermalink(template: string, post: IndexedPost): string | undefined {
  const values = placeholderValues(post);
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
  return unknown ? undefined : expanded;
}

/** Sources for one post's `permalink:` and `redirect_from:` front matter (its dated URLs are in `datedUrlTable`). */
export function legacySources(post: IndexedPost): string[] {
  const explicit = [
    ...(post.permalink ? [expandPermalink(post.permalink, post)] : []),
    ...(post.redirectFrom ?? []),
  ]
    .map((path) => (path === undefined ? undefined : normalizePath(path)))
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

/** `yyyy/mm/dd/title` → the post's path; titles compared as Next compares routes, ignoring case. */
export type DatedUrlTable = Record<string, string>;

function datedKey(year: string, month: string, day: string, title: string): string {
  return `${year}/${month}/${day}/${title.normalize('NFC').toLowerCase()}`;
}

/** The dated Jekyll URLs of the published posts (date in Japan time; `:title` or the slug); the newest post wins a clash. */
export function datedUrlTable(posts: readonly IndexedPost[], visibility: Visibility): DatedUrlTable {
  const table: DatedUrlTable = {};
  for (const post of selectPublishedPosts(posts, visibility)) {
    const d = jstDateParts(post.date);
    for (const title of [jekyllTitle(slugFromFileName(post._raw.sourceFileName)), post.slug]) {
      if (!title) continue;
      const key = datedKey(String(d.year), pad(d.month), pad(d.day), title);
      table[key] ??= postPath(post.slug);
    }
  }
  return table;
}

// Jekyll's `/:categories/:year/:month/:day/:title.html`, any category prefix (or none), `.html` optional.
const DATED_PATH = /^(?:\/[^/]+)*?\/(\d{4})\/(\d{2})\/(\d{2})\/([^/]+?)(?:\.html)?$/i;

/** Where an old dated Jekyll URL (the request path, percent-encoded as browsers send it) now is, if it was a post's. */
export function resolveDatedUrl(pathname: string, table: DatedUrlTable): string | undefined {
  const match = DATED_PATH.exec(pathname);
  if (!match) return undefined;
  const [, year, month, day, title] = match;
  const key = datedKey(year, month, day, decodeLenient(title));
  return Object.hasOwn(table, key) ? table[key] : undefined;
}
