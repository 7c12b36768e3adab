import { loadDefaultJapaneseParser } from 'budoux';

/**
 * Headlines should wrap between phrases (「過去最高を / 更新」), not in the middle
 * of a word. CSS `word-break: auto-phrase` does this in Chromium only, and most
 * Japanese phones run Safari, so the phrases are found at build time with
 * BudouX and the HTML gets `<wbr>` between them (with `word-break: keep-all`).
 */
const parser = loadDefaultJapaneseParser();

const JAPANESE = /[\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Han}]/u;

/** Phrases of a headline; text without Japanese is returned whole. Joining them gives the input back. */
export function splitPhrases(text: string): string[] {
  if (!JAPANESE.test(text)) return [text];
  return parser.parse(text).filter((phrase) => phrase !== '');
}
