/**
 * Heading anchors and the table of contents. Ids are derived from the heading
 * text so links stay readable and stable in Japanese (`#半導体の需給`), and are
 * unique within the page (duplicates become `-1`, `-2`, like GitHub and Zenn).
 */

/** A heading of the article as the table of contents shows it. */
export type TocHeading = {
  depth: 2 | 3;
  id: string;
  text: string;
};

export type TocEntry = TocHeading & { children: TocHeading[] };

const NOT_ALLOWED = /[^\p{L}\p{N}\p{M}\s_-]/gu;

/** Used when a heading has no letters or digits at all (`## ！？`, an emoji). */
export const FALLBACK_HEADING_ID = 'section';

/**
 * `## 半導体の需給（2025年）` → `半導体の需給2025年`. Full-width letters and digits
 * become ASCII (NFKC), Latin is lower-cased, punctuation and symbols go, spaces
 * become `-`. Leading `_` is dropped so an id can never shadow a framework
 * global such as `self.__next_f` through the browser's named access on window.
 */
export function headingSlug(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(NOT_ALLOWED, '')
    .trim()
    .replace(/\s+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-_]+|-+$/g, '');
}

/**
 * Hands out unique ids in document order. `taken` are ids the page already uses
 * (the layout's `main`, footnote ids), so a heading can never steal one of them.
 */
export function createHeadingSlugger(taken: Iterable<string> = []) {
  const used = new Set(taken);
  return (text: string): string => {
    const base = headingSlug(text) || FALLBACK_HEADING_ID;
    let id = base;
    for (let n = 1; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return id;
  };
}

/** h3s are listed under the h2 before them; an h3 before any h2 stands on its own. */
export function nestHeadings(headings: readonly TocHeading[]): TocEntry[] {
  const entries: TocEntry[] = [];
  for (const heading of headings) {
    const parent = entries.at(-1);
    if (heading.depth === 3 && parent?.depth === 2) parent.children.push(heading);
    else entries.push({ ...heading, children: [] });
  }
  return entries;
}

/** The heading that the reader is in: the last one whose top has passed the reading line. */
export function currentHeadingId(tops: readonly { id: string; top: number }[], readingLine: number): string | undefined {
  let current: string | undefined;
  for (const { id, top } of tops) {
    if (top <= readingLine) current = id;
    else break;
  }
  return current;
}
