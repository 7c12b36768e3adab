/**
 * URL segments for tags, categories and post slugs. Japanese stays Japanese in
 * the URL (browsers show it decoded); only what would change the meaning of a
 * URL is replaced. Two names that give the same segment are the same tag.
 */

// Characters that end or re-route a path segment, plus `\` which browsers read as `/`.
const RESERVED = /[/?#%&+\\]/g;

function computeSegment(name: string): string {
  const segment = name
    .normalize('NFKC')
    .trim()
    .replace(/[A-Z]/g, (c) => c.toLowerCase())
    .replace(/\s+/g, '-')
    .replace(RESERVED, '-');
  // "." and ".." would be resolved away by the browser.
  return /^\.+$/.test(segment) ? segment.replace(/\./g, '-') : segment;
}

/**
 * Segments already worked out, by name. Lists, the sitemap and the term indexes map
 * every post's tag and category names to segments: at 10,000 posts millions of calls
 * over a few hundred names, and the normalisation and regexes above took 5.6 s of a
 * 40 s build worker (BENCHMARKS.md). The segment depends on the name alone. Only
 * names of a term's length are kept, and the table is emptied when full, so a
 * long-running server holds a bounded amount whatever it is asked.
 */
const knownSegments = new Map<string, string>();
const KNOWN_SEGMENTS_MAX = 50_000;
const KNOWN_NAME_MAX_LENGTH = 200;

export function urlSegment(name: string): string {
  if (name.length > KNOWN_NAME_MAX_LENGTH) return computeSegment(name);
  let segment = knownSegments.get(name);
  if (segment === undefined) {
    segment = computeSegment(name);
    if (knownSegments.size >= KNOWN_SEGMENTS_MAX) knownSegments.clear();
    knownSegments.set(name, segment);
  }
  return segment;
}

export const tagSlug = urlSegment;
export const categorySlug = urlSegment;
/** Series (連載) names keep their Japanese in the URL, as tags do: `/series/金利と為替を読む`. */
export const seriesSlug = urlSegment;

const DATE_PREFIX = /^\d{4}-\d{1,2}-\d{1,2}-/;

/** `content/posts/2025-11-28-nvidia-earnings.md` → `nvidia-earnings`. */
export function slugFromFileName(filePath: string): string {
  const base = filePath.split(/[\\/]/).pop() ?? filePath;
  return base.replace(/\.(md|markdown)$/i, '').replace(DATE_PREFIX, '');
}

/** Post slugs follow the segment rules too, so a file name can never produce a broken URL. */
export function postSlug(filePath: string, override?: string): string {
  return urlSegment(override ?? slugFromFileName(filePath));
}

/**
 * Route params arrive percent-encoded in some Next.js code paths and decoded in others;
 * our segments never contain `%`, so decoding once is always safe.
 */
export function decodeSegment(param: string): string {
  try {
    return decodeURIComponent(param).normalize('NFC');
  } catch {
    return param;
  }
}
