/**
 * Which characters the bundled fonts can draw. next/og downloads a font from
 * Google Fonts for any glyph its fonts lack, and that request cannot be turned
 * off; share images therefore only ever receive text the bundled fonts cover,
 * and the rest is replaced before rendering.
 */

/** The code points a TrueType/OpenType font maps to a glyph, read from its `cmap` table (formats 4 and 12). */
export function fontCodePoints(data: Uint8Array): Set<number> {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const tableCount = view.getUint16(4);
  let cmap = -1;
  for (let i = 0; i < tableCount; i++) {
    const record = 12 + i * 16;
    if (String.fromCharCode(...data.subarray(record, record + 4)) === 'cmap') cmap = view.getUint32(record + 8);
  }
  if (cmap < 0) throw new Error('font has no cmap table');

  const codePoints = new Set<number>();
  const subtableCount = view.getUint16(cmap + 2);
  for (let i = 0; i < subtableCount; i++) {
    const platform = view.getUint16(cmap + 4 + i * 8);
    const encoding = view.getUint16(cmap + 6 + i * 8);
    // Unicode subtables only: platform 0, or Windows (3) with BMP (1) or full Unicode (10).
    if (!(platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10)))) continue;
    const subtable = cmap + view.getUint32(cmap + 8 + i * 8);
    const format = view.getUint16(subtable);
    if (format === 4) readFormat4(view, subtable, codePoints);
    else if (format === 12) readFormat12(view, subtable, codePoints);
  }
  return codePoints;
}

function readFormat4(view: DataView, subtable: number, codePoints: Set<number>) {
  const segments = view.getUint16(subtable + 6) / 2;
  const ends = subtable + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  for (let s = 0; s < segments; s++) {
    const end = view.getUint16(ends + s * 2);
    const start = view.getUint16(starts + s * 2);
    const delta = view.getUint16(deltas + s * 2);
    const rangeOffsetAt = rangeOffsets + s * 2;
    const rangeOffset = view.getUint16(rangeOffsetAt);
    for (let c = start; c <= end && c !== 0xffff; c++) {
      let glyph: number;
      if (rangeOffset === 0) {
        glyph = (c + delta) & 0xffff;
      } else {
        const glyphAt = rangeOffsetAt + rangeOffset + (c - start) * 2;
        glyph = view.getUint16(glyphAt);
        if (glyph !== 0) glyph = (glyph + delta) & 0xffff;
      }
      // Glyph 0 is .notdef: the font has no drawing for that character.
      if (glyph !== 0) codePoints.add(c);
    }
  }
}

function readFormat12(view: DataView, subtable: number, codePoints: Set<number>) {
  const groups = view.getUint32(subtable + 12);
  for (let g = 0; g < groups; g++) {
    const group = subtable + 16 + g * 12;
    const start = view.getUint32(group);
    const end = view.getUint32(group + 4);
    const startGlyph = view.getUint32(group + 8);
    for (let c = start; c <= end; c++) if (startGlyph + (c - start) !== 0) codePoints.add(c);
  }
}

/** Drawn in place of a run of characters no bundled font has: ゲタ (〓), the typesetter's mark for a missing character. */
export const MISSING_GLYPH_MARK = '〓';

// Invisible by definition (zero-width space, joiners, bidi marks…): dropped, not marked, when no font has them.
const INVISIBLE = /^\p{Default_Ignorable_Code_Point}+$/u;
// A grapheme, near enough: any character, then the combining marks, joiners and variation selectors that join it.
// (Linear: every match starts where the last one ended, and `[\s\S]` always matches.)
const GRAPHEME = /[\s\S][\p{M}\u200C\u200D\uFE00-\uFE0F\u{E0100}-\u{E01EF}]*/gu;

/**
 * The text with every run of graphemes that no font draws replaced by one
 * 〓. Fonts are tried in order, as the renderer does: the first one that has
 * a grapheme's first character must have all of its characters. Graphemes are
 * a base character and the marks that follow it (Intl.Segmenter would be
 * exact, but takes quadratic time on long text in Node 20's V8).
 */
export function withCoveredGlyphs(text: string, fonts: readonly Set<number>[], mark = MISSING_GLYPH_MARK): string {
  let result = '';
  let inMissingRun = false;
  const flush = (grapheme: string) => {
    if (isDrawable(grapheme, fonts)) {
      result += grapheme;
      inMissingRun = false;
    } else if (!inMissingRun && !INVISIBLE.test(grapheme)) {
      result += mark;
      inMissingRun = true;
    }
  };
  for (const grapheme of text.match(GRAPHEME) ?? []) flush(grapheme);
  return result;
}

function isDrawable(grapheme: string, fonts: readonly Set<number>[]): boolean {
  // The renderer never asks a font for line breaks and tabs.
  if (grapheme === '\n' || grapheme === '\t') return true;
  const first = grapheme.codePointAt(0)!;
  const font = fonts.find((codePoints) => codePoints.has(first));
  if (!font) return false;
  for (const char of grapheme) if (!font.has(char.codePointAt(0)!)) return false;
  return true;
}
