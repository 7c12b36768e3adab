import { describe, expect, it } from 'vitest';
import { expectLinearWork, repeatTo, WORST_CASE_LENGTH } from '../../test/linear-work';
import {
  charToken,
  hasSearchWord,
  INDEX_TOKEN,
  indexAdditionForText,
  indexWordsForText,
  normalizeSearchText,
  pairToken,
  queryTerms,
  stripIndexTokens,
  toPagefindQuery,
} from './text';

const JAPANESE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/**
 * Pagefind's rule for a query word: it matches every indexed word that starts with it.
 * A text is found when each query word matches one of its words: the added ones, and
 * those Pagefind reads itself, approximated by the lower-cased letters and digits of
 * each whitespace-separated chunk with no kana/kanji (a chunk with some is one word
 * that starts no query word).
 */
function finds(text: string, query: string): boolean {
  const { pairs, words } = indexWordsForText(text);
  const visible = text.split(/\s+/).filter((chunk) => !JAPANESE.test(chunk));
  const indexed = [...pairs, ...[...words, ...visible].flatMap((word) => word.toLowerCase().match(/[a-z0-9]+/g) ?? [])];
  return toPagefindQuery(query)
    .split(' ')
    .every((word) => indexed.some((token) => token.startsWith(word)));
}

describe('normalizeSearchText', () => {
  it('folds full-width letters and digits, half-width katakana and case', () => {
    expect(normalizeSearchText('ＡＩ')).toBe('ai');
    expect(normalizeSearchText('ＮＶＩＤＩＡ２０２５')).toBe('nvidia2025');
    expect(normalizeSearchText('ｴﾇﾋﾞﾃﾞｨｱ')).toBe('エヌビディア');
    expect(normalizeSearchText('半導体')).toBe('半導体');
  });
});

describe('tokens', () => {
  it('have one fixed length, so a missing pair never falls back to a shorter token', () => {
    const tokens = [pairToken('半', '導'), pairToken('体'), pairToken('𠮷', 'ア')];
    for (const token of tokens) expect(token).toMatch(new RegExp(`^${INDEX_TOKEN.source}$`));
    expect(new Set(tokens.map((token) => token.length)).size).toBe(1);
  });

  it('of one character prefix every pair that starts with it', () => {
    expect(pairToken('株', '価').startsWith(charToken('株'))).toBe(true);
    expect(pairToken('株').startsWith(charToken('株'))).toBe(true);
    expect(pairToken('日', '本').startsWith(charToken('株'))).toBe(false);
  });

  it('are words of lower-case letters only, which the browser keeps whole and a typed word cannot reach', () => {
    const token = pairToken('金', '利');
    // No digits, punctuation or capitals: Pagefind would index the parts between them as words of their own.
    expect(token).toMatch(/^\p{Ll}+$/u);
    expect(token).not.toMatch(/[\p{N}\p{P}]/u);
    expect(token.normalize('NFKC')).toBe(token);
    const segments = [...new Intl.Segmenter('ja', { granularity: 'word' }).segment(token)].map((s) => s.segment);
    expect(segments).toEqual([token]);
    const typed = toPagefindQuery(`${token} ${token.slice(0, 3)} _x`).split(' ');
    expect(typed.some((word) => token.startsWith(word))).toBe(false);
  });
});

describe('toPagefindQuery', () => {
  it('turns a two-character word into its pair', () => {
    expect(toPagefindQuery('金利')).toBe(pairToken('金', '利'));
  });

  it('turns a longer word into its overlapping pairs', () => {
    expect(toPagefindQuery('半導体')).toBe(`${pairToken('半', '導')} ${pairToken('導', '体')}`);
  });

  it('turns a single character into its prefix token', () => {
    expect(toPagefindQuery('株')).toBe(charToken('株'));
  });

  it('keeps other words for Pagefind, normalised, and handles mixed queries', () => {
    expect(toPagefindQuery('ＮＶＩＤＩＡ　決算')).toBe(`nvidia ${pairToken('決', '算')}`);
    expect(toPagefindQuery('生成AI')).toBe(`${pairToken('生', '成')} ai`);
  });

  it('drops quotes and repeated words, and gives nothing for blank input', () => {
    expect(toPagefindQuery('"金利" 金利')).toBe(pairToken('金', '利'));
    expect(toPagefindQuery('   ')).toBe('');
  });
});

describe('indexWordsForText and queries together', () => {
  const body = '米半導体大手NVIDIA（エヌビディア）は、半導体メーカー各社の政策金利とＡＩ投資を注視する。日本株';

  it('finds two-character words, katakana words and words inside longer compounds', () => {
    expect(finds(body, '金利')).toBe(true);
    expect(finds(body, 'エヌビディア')).toBe(true);
    expect(finds(body, 'ビディ')).toBe(true);
    expect(finds(body, '半導体')).toBe(true);
    expect(finds(body, 'メーカー')).toBe(true);
    expect(finds(body, '導体')).toBe(true);
  });

  it('finds a single character wherever it stands, the end of a run included', () => {
    expect(finds(body, '株')).toBe(true);
    expect(finds(body, '米')).toBe(true);
    expect(finds(body, '円')).toBe(false);
  });

  it('folds full-width and half-width spellings on both sides', () => {
    expect(finds(body, 'AI')).toBe(true);
    expect(finds(body, 'ａｉ')).toBe(true);
    expect(finds(body, 'ｴﾇﾋﾞﾃﾞｨｱ')).toBe(true);
    expect(finds('ＮＶＩＤＩＡの決算', 'nvidia')).toBe(true);
  });

  it('finds mixed queries only when every part occurs', () => {
    expect(finds(body, 'NVIDIA 半導体')).toBe(true);
    expect(finds(body, 'NVIDIA 決算')).toBe(false);
  });

  it('does not find characters that only occur apart', () => {
    expect(finds(body, '金導')).toBe(false);
    expect(finds(body, '利上げ')).toBe(false);
  });

  it('adds each pair once, and no normalised copy of words NFKC leaves alone', () => {
    const { pairs, words } = indexWordsForText('金利、金利。 AI');
    expect(pairs.filter((token) => token === pairToken('金', '利'))).toHaveLength(1);
    expect(words).toEqual([]);
    expect(indexWordsForText('ＡＩ').words).toContain('ai');
  });

  it('adds the words glued to Japanese as written, so Pagefind reads them as words', () => {
    const text = '生成AI向けの需要。OpenAIは第719回で ＧＰＴ-4oを発表 (Reuters) した';
    expect(indexWordsForText(text).words).toEqual(['AI', 'OpenAI', '719', 'GPT-4o', 'gpt']);
    for (const query of ['ai', 'openai', 'open', '719', 'gpt', '生成AI', 'reuters']) expect(finds(text, query), query).toBe(true);
    // Without the added words, the glued ones were found only through Pagefind's Japanese dictionary, which the index no longer uses.
    expect(finds('生成AI向け', 'ai') && !finds('生成AI向け 第719回', 'open')).toBe(true);
  });

  it('adds no word that could pass for an index token', () => {
    expect(indexWordsForText(`金利${pairToken('金', '利')}とϡx`).words).toEqual([]);
  });
});

describe('stripIndexTokens', () => {
  it('removes the index tokens and keeps the article text, code identifiers included', () => {
    const content = `金利が上昇${indexAdditionForText('金利が上昇').trimEnd()}. 次の段落で _init と __j0000 を呼ぶ。`;
    expect(content).toMatch(INDEX_TOKEN);
    expect(stripIndexTokens(content)).toBe('金利が上昇. 次の段落で _init と __j0000 を呼ぶ。');
  });

  it('removes the added words too, however the text goes on', () => {
    const unit = 'ＮＶＩＤＩＡのGPU需要、OpenAIは (AI) 対応';
    const addition = indexAdditionForText(unit);
    expect(addition).toContain(' GPU ');
    expect(addition).toContain(' nvidia ');
    expect(stripIndexTokens(`${unit}${addition.trimEnd()}. 次`)).toBe(`${unit}. 次`);
    expect(stripIndexTokens(`${unit}${addition}次の段落 GPU`)).toBe(`${unit} 次の段落 GPU`);
  });

  it('leaves text alone when an added-words mark has no end', () => {
    const [start] = indexAdditionForText('NVIDIAの').trim().split(' ').filter((word) => INDEX_TOKEN.test(word) && !word.startsWith(pairToken('の')));
    expect(stripIndexTokens(`本文 ${start} GPU 続き`)).toBe('本文 GPU 続き');
  });
});

describe('work on hostile article text grows linearly', () => {
  it('stripIndexTokens on a long run of spaces with no token after it', () => {
    for (const space of [' ', '\u3000', '\n', ' \t']) {
      expectLinearWork(JSON.stringify(space), (length) => `本文${repeatTo(space)(length)}x`, stripIndexTokens);
    }
  });

  it('stripIndexTokens on spaces before a token, and on tokens glued to letters', () => {
    const token = pairToken('金', '利');
    expect(stripIndexTokens(`金利${' '.repeat(WORST_CASE_LENGTH)}${token}。`)).toBe('金利。');
    expectLinearWork('spaces, then a token', (length) => `金利${' '.repeat(length)}${token}。`, stripIndexTokens);
    const glued = repeatTo(`a${token}`)(WORST_CASE_LENGTH);
    expect(stripIndexTokens(glued)).toBe(glued);
    expectLinearWork('tokens glued to letters', repeatTo(`a${token}`), stripIndexTokens);
  });

  it('stripIndexTokens on added-words marks without an end', () => {
    const start = indexAdditionForText('NVIDIAの').trim().split(' ').find((word) => INDEX_TOKEN.test(word) && word.endsWith(pairToken('\u0000').slice(1, 6)));
    expect(start).toBeDefined();
    expectLinearWork('start marks', repeatTo(`${start} a `), stripIndexTokens);
  });

  it('indexAdditionForText, queryTerms and toPagefindQuery on alternating scripts, spaces, long words and reserved characters', () => {
    for (const unit of ['金a', ' ', 'ａ', 'a1 ', '"_ϡ', '金\u3000', 'a金 ']) {
      expectLinearWork(`indexAdditionForText ${unit}`, repeatTo(unit), indexAdditionForText);
      expectLinearWork(`queryTerms ${unit}`, repeatTo(unit), queryTerms);
      expectLinearWork(`toPagefindQuery ${unit}`, repeatTo(unit), toPagefindQuery);
    }
  });
});

describe('hasSearchWord', () => {
  it('finds a word at the start of any word Pagefind indexes, in any case or width', () => {
    const text = 'OpenAI の iPhone15 と GPT-4o、XMLHttpRequest、e-mail、ＮＶＩＤＩＡ決算、Café';
    for (const word of ['openai', 'ai', 'iphone', 'phone', '15', 'gpt', '4o', 'gpt4', 'http', 'request', 'email', 'mail', 'nvidia', 'cafe', 'café']) {
      expect(hasSearchWord(text, word), word).toBe(true);
    }
  });

  it('does not find a longer word, or one that only occurs inside a word', () => {
    const text = 'power const banner OpenAI 生成AI';
    for (const word of ['powerful', 'constant', 'banana', 'ower', 'pen', 'xylophone', 'ais']) {
      expect(hasSearchWord(text, word), word).toBe(false);
    }
  });

  it('takes linear time on long words and long runs of boundaries', () => {
    for (const unit of ['a', 'aB1-', ' ', '金a']) {
      expectLinearWork(unit, repeatTo(unit), (text) => hasSearchWord(text, 'xylophone'));
    }
  });
});

describe('queryTerms', () => {
  it('lists the Japanese runs and other words a reader typed, normalised', () => {
    expect(queryTerms('ＮＶＩＤＩＡ 決算速報 ai')).toEqual(['決算速報', 'nvidia', 'ai']);
  });
});
