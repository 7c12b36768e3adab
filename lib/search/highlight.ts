import { isJapaneseChar, normalizeSearchText, queryTerms } from './text';

/** A piece of displayed text; `match` pieces are shown in <mark>. */
export type TextSegment = { text: string; match: boolean };

export type Excerpt = {
  segments: TextSegment[];
  /** Text was cut before / after the excerpt (the view adds 「…」). */
  truncatedStart: boolean;
  truncatedEnd: boolean;
};

type Range = { start: number; end: number; term: string };

const graphemes = new Intl.Segmenter('ja', { granularity: 'grapheme' });
const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * The text in the compared form (NFKC, lower case) with, for every UTF-16 unit of
 * it, where its grapheme starts and ends in the original: ＡＩ is found by 「ai」
 * and the original 「ＡＩ」 is what gets marked.
 */
function normalizedWithMap(text: string) {
  let normalized = '';
  const startOf: number[] = [];
  const endOf: number[] = [];
  for (const { segment, index } of graphemes.segment(text)) {
    const piece = normalizeSearchText(segment);
    for (let i = 0; i < piece.length; i++) {
      startOf.push(index);
      endOf.push(index + segment.length);
    }
    normalized += piece;
  }
  return { normalized, startOf, endOf };
}

function occurrences(haystack: string, needle: string): number[] {
  const found: number[] = [];
  if (!needle) return found;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) found.push(at);
  return found;
}

/**
 * Where the reader's terms occur. Japanese terms match anywhere (as the index
 * does); when a longer Japanese term is not there verbatim, its character pairs
 * are marked instead, since those are what matched. Other words match at the start
 * of a word, like Pagefind's prefix search.
 */
export function matchRanges(text: string, query: string): Range[] {
  const { normalized, startOf, endOf } = normalizedWithMap(text);
  const ranges: Range[] = [];
  const add = (at: number, length: number, term: string) =>
    ranges.push({ start: startOf[at], end: endOf[at + length - 1], term });

  for (const term of queryTerms(query)) {
    const chars = Array.from(term);
    if (isJapaneseChar(chars[0])) {
      const whole = occurrences(normalized, term);
      if (whole.length > 0 || chars.length <= 2) {
        for (const at of whole) add(at, term.length, term);
        continue;
      }
      for (let i = 0; i + 1 < chars.length; i++) {
        const pair = chars[i] + chars[i + 1];
        for (const at of occurrences(normalized, pair)) add(at, pair.length, term);
      }
    } else {
      for (const at of occurrences(normalized, term)) {
        const before = normalized[at - 1];
        if (before === undefined || !WORD_CHAR.test(before) || isJapaneseChar(before)) add(at, term.length, term);
      }
    }
  }
  return mergeRanges(ranges);
}

function mergeRanges(ranges: Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Range[] = [];
  for (const range of sorted) {
    const last = merged[merged.length - 1];
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}

function toSegments(text: string, ranges: Range[], from: number, to: number): TextSegment[] {
  const segments: TextSegment[] = [];
  let at = from;
  for (const range of ranges) {
    if (range.end <= from || range.start >= to) continue;
    const start = Math.max(range.start, from);
    const end = Math.min(range.end, to);
    if (start > at) segments.push({ text: text.slice(at, start), match: false });
    segments.push({ text: text.slice(start, end), match: true });
    at = end;
  }
  if (at < to) segments.push({ text: text.slice(at, to), match: false });
  return segments;
}

/** The whole text with the reader's terms marked (for titles). */
export function highlightText(text: string, query: string): TextSegment[] {
  return toSegments(text, matchRanges(text, query), 0, text.length);
}

/** Moves an index off the second half of a surrogate pair. */
function codePointBoundary(text: string, index: number): number {
  const code = text.charCodeAt(index);
  return index > 0 && index < text.length && code >= 0xdc00 && code <= 0xdfff ? index - 1 : index;
}

/**
 * About `length` characters of `text` around the place where most of the reader's
 * terms occur close together, with those terms marked. Without a match, the opening.
 */
export function buildExcerpt(text: string, query: string, length = 110): Excerpt {
  const ranges = matchRanges(text, query);
  const lead = Math.floor(length / 5);
  let bestStart = 0;
  let bestScore = -1;
  for (const anchor of ranges) {
    const start = Math.max(0, anchor.start - lead);
    const inWindow = ranges.filter((r) => r.start >= start && r.end <= start + length);
    const score = new Set(inWindow.map((r) => r.term)).size * 1000 + inWindow.length;
    if (score > bestScore) {
      bestScore = score;
      bestStart = start;
    }
  }
  let start = codePointBoundary(text, bestStart);
  let end = codePointBoundary(text, Math.min(text.length, start + length));
  // Near the end, show a full-length excerpt rather than a short tail.
  if (end === text.length && end - start < length) start = codePointBoundary(text, Math.max(0, end - length));
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return {
    segments: toSegments(text, ranges, start, end),
    truncatedStart: start > 0,
    truncatedEnd: end < text.length,
  };
}
