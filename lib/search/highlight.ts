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
/** Pieces for the segmenter: V8's takes time that grows with the square of its input. */
const PIECE_LENGTH = 256;
const LONGEST_PIECE = 4096;

/**
 * Printable ASCII, kana and common kanji: none of them joins a grapheme with a
 * neighbour or composes with one under NFKC, so between two of them a grapheme
 * always ends.
 */
function isPlain(code: number): boolean {
  return (code >= 0x20 && code <= 0x7e) || (code >= 0x3041 && code <= 0x3096) || (code >= 0x30a1 && code <= 0x30fa) || (code >= 0x4e00 && code <= 0x9fff);
}

/**
 * The graphemes of the text with their offsets, segmented piece by piece so that
 * the work stays linear. A piece ends between two plain characters; text with no
 * such place for LONGEST_PIECE units (hostile, not prose) is cut anyway, off a
 * surrogate pair, which at worst marks a combined character in two halves.
 */
function* graphemesOf(text: string): Generator<{ segment: string; index: number }> {
  let from = 0;
  for (let at = 1; at <= text.length; at++) {
    const length = at - from;
    const end =
      at === text.length ||
      (length >= PIECE_LENGTH && isPlain(text.charCodeAt(at - 1)) && isPlain(text.charCodeAt(at))) ||
      (length >= LONGEST_PIECE && !(text.charCodeAt(at) >= 0xdc00 && text.charCodeAt(at) <= 0xdfff));
    if (!end) continue;
    for (const { segment, index } of graphemes.segment(text.slice(from, at))) yield { segment, index: from + index };
    from = at;
  }
}

/**
 * The text in the compared form (NFKC, lower case) with, for every UTF-16 unit of
 * it, where its grapheme starts and ends in the original: ＡＩ is found by 「ai」
 * and the original 「ＡＩ」 is what gets marked.
 */
function normalizedWithMap(text: string) {
  let normalized = '';
  const startOf: number[] = [];
  const endOf: number[] = [];
  for (const { segment, index } of graphemesOf(text)) {
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
/**
 * Where the excerpt starts: a little before the match whose window holds the most
 * different terms, then the most matches. The ranges are sorted and apart, so the
 * ones inside a window that moves forward are a run whose both ends only move
 * forward; one pass finds the best, where re-counting each window would take
 * quadratic time on an article that repeats a searched word thousands of times.
 */
function bestExcerptStart(ranges: Range[], length: number, lead: number): number {
  const termCounts = new Map<string, number>();
  let terms = 0;
  let first = 0;
  let next = 0;
  let bestStart = 0;
  let bestScore = -1;
  for (const anchor of ranges) {
    const start = Math.max(0, anchor.start - lead);
    for (; first < ranges.length && ranges[first].start < start; first++) {
      if (first >= next) continue;
      const left = (termCounts.get(ranges[first].term) ?? 0) - 1;
      termCounts.set(ranges[first].term, left);
      if (left === 0) terms--;
    }
    next = Math.max(next, first);
    for (; next < ranges.length && ranges[next].end <= start + length; next++) {
      const count = (termCounts.get(ranges[next].term) ?? 0) + 1;
      termCounts.set(ranges[next].term, count);
      if (count === 1) terms++;
    }
    const score = terms * 1000 + (next - first);
    if (score > bestScore) {
      bestScore = score;
      bestStart = start;
    }
  }
  return bestStart;
}

export function buildExcerpt(text: string, query: string, length = 110): Excerpt {
  const ranges = matchRanges(text, query);
  let start = codePointBoundary(text, bestExcerptStart(ranges, length, Math.floor(length / 5)));
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
