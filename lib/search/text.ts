/**
 * Japanese text preparation for the Pagefind index, shared by the index step
 * (build time) and the search box (browser), so both sides see the same words.
 *
 * Pagefind indexes the words that whitespace separates (the index's language is
 * 'und', ./build/write-shard.ts). A Japanese sentence has no spaces, so on top of
 * Pagefind's own words:
 *
 * - Every run of kanji/kana is also indexed as overlapping character pairs
 *   (bigrams), and a query's runs are turned into the same pairs. A word is then
 *   found wherever it occurs, inside a longer compound too, and only there.
 * - A word of other letters or digits glued to a run (生成AI向け, 第719回) is also
 *   indexed on its own, as it would be with spaces around it.
 * - Text is NFKC-normalised and lower-cased on both sides (ＡＩ = AI, ｶﾀｶﾅ = カタカナ).
 *
 * The pairs are written as tokens of lower-case Greek letters (`ϡ` + each code point
 * in base 24, digits α…ω) because the browser re-segments the query with
 * Intl.Segmenter: Japanese pairs would be cut apart again, a run of letters of one
 * alphabetic script never is. The alphabet is chosen for how Pagefind indexes a word:
 * it drops punctuation (`_`) and also indexes the parts of a word split at
 * letter/digit and case boundaries (`j0ssx0g89` → `ssx`, `89`), so an ASCII token
 * would leak parts that a reader's 「AI」 or 「Q」 then prefix-matches. Lower-case
 * letters only are indexed as the one word. No reader's word starts with `ϡ`
 * (sampi; dropped from queries), so none prefix-matches a token.
 *
 * What the index step adds to a unit of text (indexAdditionForText) is all stripped
 * again from the text Pagefind returns (stripIndexTokens), so readers never see it.
 */

/** Kanji, hiragana, katakana and the marks that live inside Japanese words (ー, 々, 〆, ヶ). */
const JAPANESE_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30FC\u3005\u3006\u30F6]+/gu;
const JAPANESE_CHAR = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30FC\u3005\u3006\u30F6]$/u;
/** Words outside the Japanese runs: letters and digits of any other script. */
const OTHER_WORD = /[\p{L}\p{N}]+/gu;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** A text from its first to its last letter or digit (`、GPT-4o」` → `GPT-4o`). */
const WORD_WITHIN = /[\p{L}\p{N}](?:[\s\S]*[\p{L}\p{N}])?/u;

const TOKEN_PREFIX = 'ϡ';
/** The 24 lower-case Greek letters without final sigma: the digits of the code points. */
const DIGITS = Array.from('αβγδεζηθικλμνξοπρστυφχψω');
const CODE_WIDTH = 5; // 24^5 > U+10FFFF, so every code point fits
/** Stands for "end of run" in the second place of a pair: code point 0 never occurs in text. */
const RUN_END = DIGITS[0].repeat(CODE_WIDTH);
/**
 * Around the added words that are not pair tokens (glued and NFKC-changed words), so
 * stripIndexTokens can take them out again: tokens of the same shape that no text
 * makes (code point 0 never occurs in text).
 */
const ADDED_WORDS_START = TOKEN_PREFIX + RUN_END + RUN_END;
const ADDED_WORDS_END = TOKEN_PREFIX + RUN_END + RUN_END.slice(1) + DIGITS[1];
/** Every index token: `ϡ` + two code points (the second may be RUN_END). */
export const INDEX_TOKEN = new RegExp(`${TOKEN_PREFIX}[${DIGITS.join('')}]{${CODE_WIDTH * 2}}`, 'u');
// No leading `\s*`: tried at every start of a long run of spaces, it would rescan the run each time (quadratic).
const INDEX_TOKEN_IN_TEXT = new RegExp(`(?<![\\p{L}\\p{N}_])${INDEX_TOKEN.source}(?![\\p{L}\\p{N}_])`, 'gu');
/** Characters a typed query may not contain: quotes (exact phrase), and the token prefix. */
const RESERVED_IN_QUERY = new RegExp(`["_${TOKEN_PREFIX}]`, 'gu');

/** NFKC, then lower case: the form in which the index and the query are compared. */
export function normalizeSearchText(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

export function isJapaneseChar(char: string): boolean {
  return JAPANESE_CHAR.test(char);
}

function code(char: string): string {
  let rest = char.codePointAt(0) ?? 0;
  let digits = '';
  for (let i = 0; i < CODE_WIDTH; i++) {
    digits = DIGITS[rest % DIGITS.length] + digits;
    rest = Math.floor(rest / DIGITS.length);
  }
  return digits;
}

/**
 * The query token for one character. It is a prefix of every indexed token that
 * starts with the character, and Pagefind matches query words by prefix.
 */
export function charToken(char: string): string {
  return TOKEN_PREFIX + code(char);
}

/**
 * The token for two neighbouring characters, or for the last character of a run
 * (`second` omitted). All tokens have the same length, so none is a prefix of
 * another: Pagefind's fallback for an unknown word (the longest indexed word it
 * starts with) can then never turn a missing pair into a match of a single character.
 */
export function pairToken(first: string, second?: string): string {
  return charToken(first) + (second === undefined ? RUN_END : code(second));
}

export function japaneseRuns(normalized: string): string[] {
  return normalized.match(JAPANESE_RUN) ?? [];
}

/** The pairs of a run, in order, without the end-of-run token. */
function runPairs(run: string): string[] {
  const chars = Array.from(run);
  const pairs: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) pairs.push(pairToken(chars[i], chars[i + 1]));
  return pairs;
}

/**
 * Words to index for one unit of article text (a heading, a paragraph, a table cell)
 * besides what Pagefind reads in it:
 * - `pairs`: each distinct pair of neighbouring Japanese characters once, and an
 *   end-of-run token for the last character of each run (so that every character
 *   starts some token and a one-character query finds it);
 * - `words`: each word of other letters or digits glued to a Japanese run, as written
 *   (NFKC), so Pagefind splits it as any word (OpenAI → openai, open, ai), and the
 *   normalised spelling of any other word that NFKC changes (ＮＶＩＤＩＡ → nvidia).
 */
export function indexWordsForText(text: string): { pairs: string[]; words: string[] } {
  const normalized = normalizeSearchText(text);
  const pairs = new Set<string>();
  for (const run of japaneseRuns(normalized)) {
    for (const token of runPairs(run)) pairs.add(token);
    pairs.add(pairToken(Array.from(run).pop() as string));
  }

  const words = new Set<string>();
  for (const chunk of text.split(/\s+/)) {
    const pieces = chunk.normalize('NFKC').split(JAPANESE_RUN);
    if (pieces.length < 2) continue;
    for (const piece of pieces) {
      const word = piece.match(WORD_WITHIN)?.[0];
      if (word && !word.includes(TOKEN_PREFIX)) words.add(word);
    }
  }
  const original = new Set(text.toLowerCase().replace(JAPANESE_RUN, ' ').match(OTHER_WORD) ?? []);
  const outsideRuns = normalized.replace(JAPANESE_RUN, ' ');
  for (const word of outsideRuns.match(OTHER_WORD) ?? []) {
    if (!original.has(word) && !word.includes(TOKEN_PREFIX)) words.add(word);
  }
  return { pairs: [...pairs], words: [...words] };
}

/**
 * The text the index step appends to a unit (../build/index-html.ts): its pair tokens,
 * then its other added words between ADDED_WORDS_START and ADDED_WORDS_END; '' when
 * there are none.
 */
export function indexAdditionForText(text: string): string {
  const { pairs, words } = indexWordsForText(text);
  const added = words.length > 0 ? [...pairs, ADDED_WORDS_START, ...words, ADDED_WORDS_END] : pairs;
  return added.length > 0 ? ` ${added.join(' ')} ` : '';
}

/**
 * What the search box sends to Pagefind: the normalised query with each Japanese
 * run replaced by its pairs (a single character by its prefix token). Other words
 * are left to Pagefind. Quotes (exact phrase), `_` and the token prefix are dropped
 * so that a typed query can never address the index tokens directly.
 */
export function toPagefindQuery(query: string): string {
  const normalized = normalizeSearchText(query).replace(RESERVED_IN_QUERY, ' ');
  const parts: string[] = [];
  let last = 0;
  for (const match of normalized.matchAll(JAPANESE_RUN)) {
    parts.push(normalized.slice(last, match.index));
    const chars = Array.from(match[0]);
    const tokens = chars.length === 1 ? [charToken(chars[0])] : runPairs(match[0]);
    parts.push(` ${tokens.join(' ')} `);
    last = match.index + match[0].length;
  }
  parts.push(normalized.slice(last));
  const words = parts.join('').split(/\s+/).filter(Boolean);
  return [...new Set(words)].join(' ');
}

/** Article text as Pagefind returns it, without what the index step added (indexAdditionForText). */
export function stripIndexTokens(content: string): string {
  // The added words first, from each start mark to its end mark: they are words of any kind.
  let withoutWords = '';
  let from = 0;
  for (let start = content.indexOf(ADDED_WORDS_START); start !== -1; start = content.indexOf(ADDED_WORDS_START, from)) {
    const end = content.indexOf(ADDED_WORDS_END, start);
    if (end === -1) break;
    withoutWords += content.slice(from, start).trimEnd();
    from = end + ADDED_WORDS_END.length;
  }
  withoutWords += content.slice(from);

  let text = '';
  let last = 0;
  for (const match of withoutWords.matchAll(INDEX_TOKEN_IN_TEXT)) {
    // The space the index step wrote before each token goes with it.
    text += withoutWords.slice(last, match.index).trimEnd();
    last = match.index + match[0].length;
  }
  return text + withoutWords.slice(last);
}

const UPPER_CASE = /\p{Lu}/u;
const LOWER_CASE = /\p{Ll}/u;
const DIGIT = /\p{N}/u;
const MARKS = /\p{M}/gu;

/** Lower case without accents, for comparing words outside Japanese runs as leniently as Pagefind. */
function foldWord(text: string): string {
  return text.normalize('NFKD').replace(MARKS, '').toLowerCase();
}

/**
 * Whether a query word that is not Japanese (a term of queryTerms) starts one of
 * the words Pagefind indexes for the text: a word with its punctuation dropped
 * (`e-mail` → `email`), or a part of it cut at punctuation, at
 * a change to upper case or between letters and digits (`OpenAI` → `ai`,
 * `XMLHttp` → `http`, `iPhone15` → `15`).
 * Errs on the side of a match (Pagefind does not index every such part: `GPT-4o` → `4o`
 * is not one): it tells a page that has the word from one Pagefind returned for a
 * shorter word it fell back to (「xylophone」 → 「x」).
 */
export function hasSearchWord(text: string, word: string): boolean {
  const wanted = foldWord(word);
  if (!wanted) return false;
  for (const chunk of text.normalize('NFKC').replace(JAPANESE_RUN, ' ').split(/\s+/)) {
    const chars = Array.from(chunk);
    for (let i = 0; i < chars.length; i++) {
      if (!LETTER_OR_DIGIT.test(chars[i])) continue;
      const before = chars[i - 1];
      const startsPart =
        before === undefined ||
        !LETTER_OR_DIGIT.test(before) ||
        (UPPER_CASE.test(chars[i]) && LOWER_CASE.test(before)) ||
        (UPPER_CASE.test(chars[i]) && UPPER_CASE.test(before) && LOWER_CASE.test(chars[i + 1] ?? '')) ||
        DIGIT.test(chars[i]) !== DIGIT.test(before);
      if (!startsPart) continue;
      // Only a few more characters than the word has are read, so the check stays linear in the text.
      const following = chars.slice(i, i + wanted.length + 8);
      if (foldWord(following.join('')).startsWith(wanted)) return true;
      if (foldWord(following.filter((char) => LETTER_OR_DIGIT.test(char)).join('')).startsWith(wanted)) return true;
    }
  }
  return false;
}

/** The terms a reader typed, for highlighting: Japanese runs and other words, normalised. */
export function queryTerms(query: string): string[] {
  const normalized = normalizeSearchText(query);
  const terms = [...japaneseRuns(normalized), ...(normalized.replace(JAPANESE_RUN, ' ').match(OTHER_WORD) ?? [])];
  return [...new Set(terms)];
}
