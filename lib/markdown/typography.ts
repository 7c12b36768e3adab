/**
 * Headlines should wrap between phrases (「過去最高を / 更新」), not in the middle
 * of a word. CSS `word-break: auto-phrase` does this in Chromium only, and most
 * Japanese phones run Safari, so the phrases are found at build time with
 * BudouX and the HTML gets `<wbr>` between them (with `word-break: keep-all`).
 */
// BudouX's plain parser and Japanese model, by path: the package exports only its entry module,
// which also loads an HTML processor with a DOM (linkedom, htmlparser2) and every language's
// model: about 420 KB of server code that a cold server process loaded before its first page
// (BENCHMARKS.md, cold start). budoux is a direct dependency, so npm always installs it here.
import { model as jaModel } from '../../node_modules/budoux/module/data/models/ja.js';
import { Parser } from '../../node_modules/budoux/module/parser.js';

/** The Japanese phrase parser, shared with share-image title layout (lib/og/title-layout.ts). */
export const phraseParser = new Parser(jaModel);

const JAPANESE = /[\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Han}]/u;

/** Phrases of a headline; text without Japanese is returned whole. Joining them gives the input back. */
export function splitPhrases(text: string): string[] {
  if (!JAPANESE.test(text)) return [text];
  return phraseParser.parse(text).filter((phrase) => phrase !== '');
}
