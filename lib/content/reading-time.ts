/**
 * Japanese is read by characters (about 500 a minute), English by words
 * (about 200 a minute); articles here mix both, so each part is counted its own way.
 */
export const JAPANESE_CHARS_PER_MINUTE = 500;
export const LATIN_WORDS_PER_MINUTE = 200;

const JAPANESE_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々〆〇、。「」『』（）！？・…]/gu;
const LATIN_WORD = /[A-Za-z0-9]+(?:['’.-][A-Za-z0-9]+)*/g;

export function estimateReadingMinutes(plainText: string): number {
  const japaneseChars = plainText.match(JAPANESE_CHAR)?.length ?? 0;
  const latinWords = plainText.replace(JAPANESE_CHAR, ' ').match(LATIN_WORD)?.length ?? 0;
  const minutes = japaneseChars / JAPANESE_CHARS_PER_MINUTE + latinWords / LATIN_WORDS_PER_MINUTE;
  return Math.max(1, Math.ceil(minutes));
}
