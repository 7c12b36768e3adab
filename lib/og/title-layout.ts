/**
 * How a title is laid out on a share image. Japanese has no spaces, and a
 * renderer breaking anywhere splits words (「決/算」); BudouX finds phrase
 * boundaries (文節), each phrase becomes an unbreakable box, and lines only
 * break between boxes. Punctuation is kept off line starts (行頭禁則).
 */
import { phraseParser as parser } from '../markdown/typography';

export type TitlePhrase = { text: string; spaceAfter: boolean };
export type TitleLayout = { fontSize: number; phrases: TitlePhrase[]; truncated: boolean };

// May not start a line (行頭禁則): closing brackets, commas, full stops, colons, marks that continue a word.
const NO_LINE_START = /^[、。，．,.:;：；！？!?」』）)\]】〉》〕｝}ー・…‥々]+/u;
// A good place to break after: Japanese clause punctuation (BudouX keeps 「A：B」 together).
const BREAK_AFTER = /(?<=[、。，．：；！？」』）】〉》])(?=.)/u;

/**
 * Emoji and other pictographs are not in the bundled font, and the image
 * renderer would try to download them; they are dropped from image text.
 */
export function withoutPictographs(text: string): string {
  return text
    .replace(/\p{Extended_Pictographic}|\p{Regional_Indicator}|[\u{FE0F}\u{20E3}\u{200D}\u{E0020}-\u{E007F}]|[\u{1F3FB}-\u{1F3FF}]/gu, '')
    .replace(/[ \t]{2,}/g, ' ')
    .trim();
}

/**
 * More characters than a share image can show: three lines of about 20 em at
 * the smallest size, and no character (spaces collapsed) narrower than 0.3 em.
 * Longer text is cut to this before BudouX sees it, which bounds the work a
 * hostile title can cause; the cut part could never be drawn anyway.
 */
const MAX_LAID_OUT_CHARS = 400;

export function titlePhrases(title: string): TitlePhrase[] {
  const collapsed = title.trim().replace(/\s+/g, ' ');
  const laidOut = collapsed.length > MAX_LAID_OUT_CHARS ? Array.from(collapsed.slice(0, 2 * MAX_LAID_OUT_CHARS)).slice(0, MAX_LAID_OUT_CHARS).join('') : collapsed;
  const words = laidOut.split(/( )/);
  const phrases: TitlePhrase[] = [];
  for (const word of words) {
    if (word === '') continue;
    if (word === ' ') {
      if (phrases.length > 0) phrases[phrases.length - 1].spaceAfter = true;
      continue;
    }
    for (const chunk of parser.parse(word).flatMap((phrase) => phrase.split(BREAK_AFTER))) {
      const previous = phrases.at(-1);
      const lead = NO_LINE_START.exec(chunk)?.[0];
      if (previous && !previous.spaceAfter && lead) {
        // 「…売上が」「：量子化と」 → 「…売上が：」「量子化と」
        previous.text += lead;
        if (chunk.length > lead.length) phrases.push({ text: chunk.slice(lead.length), spaceAfter: false });
      } else {
        phrases.push({ text: chunk, spaceAfter: false });
      }
    }
  }
  return phrases;
}

/** Width in em: full-width characters take 1, Latin letters, digits and half-width symbols about 0.6. */
export function textWidthEm(text: string): number {
  let width = 0;
  for (const char of text) width += /[\u0020-\u007e\uff61-\uff9f]/u.test(char) ? 0.6 : 1;
  return width;
}

export type TitleBox = { width: number; maxLines: number; sizes: readonly number[] };

/** The title block of the 1200×630 image: 1056 px wide, up to three lines, from 72 px down to 52 px. */
export const OG_TITLE_BOX: TitleBox = { width: 1056, maxLines: 3, sizes: [72, 64, 58, 52] };

/** Lines the phrases take at a font size, wrapping only between phrases (a phrase wider than a line gets lines of its own). */
export function countLines(phrases: readonly TitlePhrase[], fontSize: number, lineWidth: number): number {
  let lines = 1;
  let used = 0;
  for (const phrase of phrases) {
    const width = textWidthEm(phrase.text) * fontSize;
    if (used > 0 && used + width > lineWidth) {
      lines += 1;
      used = 0;
    }
    if (width > lineWidth) {
      lines += Math.ceil(width / lineWidth) - 1;
      used = width % lineWidth;
    } else {
      used += width;
    }
    if (phrase.spaceAfter) used += 0.3 * fontSize;
  }
  return lines;
}

const PAUSE = /[、。，．：；\s]/u;

/**
 * The text without the commas, stops, colons and spaces that end it (「…」 replaces them).
 * A loop from the end, not `/[…]+$/`: that regex retries from every position of a
 * long run that does not reach the end, which is quadratic.
 */
export function withoutTrailingPauses(text: string): string {
  let end = text.length;
  while (end > 0 && PAUSE.test(text[end - 1])) end -= 1;
  return text.slice(0, end);
}

/**
 * The largest size at which the title fits the box; a title too long even at
 * the smallest size is cut at a phrase boundary and ends with 「…」.
 */
export function layoutTitle(rawTitle: string, box: TitleBox = OG_TITLE_BOX): TitleLayout {
  const phrases = titlePhrases(withoutPictographs(rawTitle));
  for (const fontSize of box.sizes) {
    if (countLines(phrases, fontSize, box.width) <= box.maxLines) return { fontSize, phrases, truncated: false };
  }
  const fontSize = box.sizes[box.sizes.length - 1];
  const kept: TitlePhrase[] = [];
  for (const phrase of phrases) {
    const candidate = [...kept, { text: `${phrase.text}…`, spaceAfter: false }];
    if (countLines(candidate, fontSize, box.width) > box.maxLines) break;
    kept.push({ ...phrase });
  }
  if (kept.length === 0) {
    // One enormous phrase: cut it by characters.
    const chars = Array.from(phrases[0]?.text ?? '');
    const perLine = Math.floor(box.width / fontSize);
    kept.push({ text: chars.slice(0, perLine * box.maxLines - 1).join(''), spaceAfter: false });
  }
  const last = kept[kept.length - 1];
  kept[kept.length - 1] = { text: `${withoutTrailingPauses(last.text)}…`, spaceAfter: false };
  return { fontSize, phrases: kept, truncated: true };
}
