import { describe, expect, it } from 'vitest';
import { expectLinearWork, repeatTo, WORST_CASE_LENGTH } from '../../test/linear-work';
import { buildExcerpt, highlightText, matchRanges, type TextSegment } from './highlight';

const marked = (segments: TextSegment[]) => segments.filter((s) => s.match).map((s) => s.text);
const render = (segments: TextSegment[]) => segments.map((s) => (s.match ? `[${s.text}]` : s.text)).join('');

describe('highlightText', () => {
  it('marks a word inside a longer compound', () => {
    expect(render(highlightText('半導体メーカー各社', '半導体'))).toBe('[半導体]メーカー各社');
  });

  it('marks every term of a mixed query, touching matches as one', () => {
    expect(render(highlightText('NVIDIA決算速報：NVIDIAの決算', 'nvidia 決算'))).toBe('[NVIDIA決算]速報：[NVIDIA]の[決算]');
  });

  it('marks the original spelling when the query is written in another width', () => {
    expect(render(highlightText('ＡＩ投資が拡大', 'AI'))).toBe('[ＡＩ]投資が拡大');
    expect(render(highlightText('米ｴﾇﾋﾞﾃﾞｨｱ株', 'エヌビディア'))).toBe('米[ｴﾇﾋﾞﾃﾞｨｱ]株');
    expect(render(highlightText('生成AIの活用', 'ＡＩ'))).toBe('生成[AI]の活用');
  });

  it('marks other words only where a word starts, as Pagefind matches them', () => {
    expect(marked(highlightText('AI said: AIエージェント', 'ai'))).toEqual(['AI', 'AI']);
  });

  it('marks the matching pairs when a long Japanese term is not there verbatim', () => {
    expect(render(highlightText('日銀が利上げを決めた', '日銀の利上げ'))).toBe('[日銀]が[利上げ]を決めた');
  });

  it('leaves text alone when nothing matches', () => {
    expect(highlightText('為替の動き', '金利')).toEqual([{ text: '為替の動き', match: false }]);
  });
});

describe('matchRanges', () => {
  it('merges overlapping matches', () => {
    expect(matchRanges('半導体', '半導 導体').map((r) => [r.start, r.end])).toEqual([[0, 3]]);
  });
});

describe('buildExcerpt', () => {
  const filler = 'あいうえおかきくけこ'.repeat(20);
  const text = `${filler}ここで政策金利が上がった。${filler}`;

  it('shows the passage around the match, marked, with the cut ends flagged', () => {
    const excerpt = buildExcerpt(text, '金利', 60);
    expect(marked(excerpt.segments)).toEqual(['金利']);
    expect(excerpt.truncatedStart).toBe(true);
    expect(excerpt.truncatedEnd).toBe(true);
    expect(excerpt.segments.map((s) => s.text).join('').length).toBeLessThanOrEqual(60);
  });

  it('prefers the place where more different terms occur together', () => {
    const twoTerms = `金利の話。${filler}為替と金利の両方。${filler}`;
    const excerpt = buildExcerpt(twoTerms, '金利 為替', 40);
    expect(marked(excerpt.segments)).toEqual(['為替', '金利']);
  });

  it('shows the opening when nothing matches', () => {
    const excerpt = buildExcerpt(text, '半導体', 30);
    expect(excerpt.truncatedStart).toBe(false);
    expect(excerpt.segments).toEqual([{ text: text.slice(0, 30), match: false }]);
  });

  it('never cuts a character outside the basic plane in half', () => {
    const excerpt = buildExcerpt(`${'𠮷'.repeat(50)}金利${'𠮷'.repeat(50)}`, '金利', 21);
    const shown = excerpt.segments.map((s) => s.text).join('');
    expect(shown).toMatch(/^(𠮷|金|利)+$/u);
    expect(marked(excerpt.segments)).toEqual(['金利']);
  });

  it('takes linear time on an article that repeats the searched words, and still picks the best place', () => {
    const around = (length: number) => `${'a '.repeat(length / 4)}金利と為替 ${'a '.repeat(length / 4)}`;
    expectLinearWork('repeated words', around, (text) => buildExcerpt(text, 'a 金利 為替', 40));
    expect(marked(buildExcerpt(around(WORST_CASE_LENGTH), 'a 金利 為替', 40).segments)).toEqual(expect.arrayContaining(['金利', '為替']));
  });

  it('takes linear time to find matches in long prose, plain or full of combining marks', () => {
    for (const unit of ['金利が上がる。', 'a ', 'か\u3099', 'a\u0301', '👍🏽']) {
      expectLinearWork(unit, repeatTo(unit), (text) => matchRanges(text, 'a 金利 が'));
    }
    // Cut into pieces or not, combined characters are still folded whole: か + ゛ is found as が.
    expect(matchRanges(`${'あ'.repeat(5000)}か\u3099`, 'が')).toHaveLength(1);
  });

  it('returns short texts whole', () => {
    expect(buildExcerpt('短い本文の金利', '金利')).toEqual({
      segments: [
        { text: '短い本文の', match: false },
        { text: '金利', match: true },
      ],
      truncatedStart: false,
      truncatedEnd: false,
    });
  });
});
