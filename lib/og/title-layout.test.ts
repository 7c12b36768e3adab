import { describe, expect, it } from 'vitest';
import { countLines, layoutTitle, OG_TITLE_BOX, textWidthEm, titlePhrases, withoutPictographs, withoutTrailingPauses } from './title-layout';

const texts = (title: string) => titlePhrases(title).map((p) => p.text);

describe('titlePhrases', () => {
  it('splits Japanese at phrase boundaries, never inside a word', () => {
    expect(texts('NVIDIA決算速報：データセンター売上が過去最高を更新')).toEqual([
      'NVIDIA決算速報：',
      'データセンター売上が',
      '過去最高を',
      '更新',
    ]);
  });

  it('keeps punctuation off the start of a line (行頭禁則)', () => {
    const phrases = texts('LLM推論をC++で速くする：量子化とメモリ帯域のQ&A');
    expect(phrases.join('')).toBe('LLM推論をC++で速くする：量子化とメモリ帯域のQ&A');
    expect(phrases.some((p) => /^[：、。」）]/.test(p))).toBe(false);
    expect(phrases).toContain('する：');
  });

  it('breaks Latin titles at spaces and remembers the space', () => {
    expect(titlePhrases('Fed cuts rates')).toEqual([
      { text: 'Fed', spaceAfter: true },
      { text: 'cuts', spaceAfter: true },
      { text: 'rates', spaceAfter: false },
    ]);
  });

  it('loses no character of the title', () => {
    const title = '「生成AI」の電力問題、データセンター投資（2025年）に100%影響？';
    expect(texts(title).join('')).toBe(title);
  });
});

describe('withoutPictographs', () => {
  it('drops emoji the bundled font cannot draw, keeping full-width symbols', () => {
    expect(withoutPictographs('🚀 AI株が急騰👍🏽！ ＃半導体 ※注 ①')).toBe('AI株が急騰！ ＃半導体 ※注 ①');
    expect(withoutPictographs('日本🇯🇵と👨‍👩‍👧')).toBe('日本と');
  });
});

describe('layoutTitle', () => {
  it('uses the largest size for a short title', () => {
    expect(layoutTitle('日銀、金利据え置き').fontSize).toBe(OG_TITLE_BOX.sizes[0]);
  });

  it('shrinks a longer title until it fits three lines', () => {
    const layout = layoutTitle('FRBは利下げ、日銀は据え置き：日米金融政策の分岐点と円相場の行方を読み解く、年末までの投資戦略');
    expect(layout.fontSize).toBeLessThan(OG_TITLE_BOX.sizes[0]);
    expect(countLines(layout.phrases, layout.fontSize, OG_TITLE_BOX.width)).toBeLessThanOrEqual(OG_TITLE_BOX.maxLines);
    expect(layout.truncated).toBe(false);
  });

  it('cuts a title too long for the box at a phrase boundary, with 「…」', () => {
    const title = '半導体装置メーカー各社の決算から読み解く、'.repeat(6);
    const layout = layoutTitle(title);
    expect(layout.truncated).toBe(true);
    expect(layout.fontSize).toBe(OG_TITLE_BOX.sizes.at(-1));
    const text = layout.phrases.map((p) => p.text).join('');
    expect(text.endsWith('…')).toBe(true);
    expect(title.startsWith(text.slice(0, -1))).toBe(true);
    expect(countLines(layout.phrases, layout.fontSize, OG_TITLE_BOX.width)).toBeLessThanOrEqual(OG_TITLE_BOX.maxLines);
  });
});

describe('textWidthEm', () => {
  it('counts half-width characters narrower than full-width ones', () => {
    expect(textWidthEm('日本')).toBe(2);
    expect(textWidthEm('AI')).toBeCloseTo(1.2);
  });
});

// Bounds on work, not benchmarks: each input is a worst case for the regexes these functions
// apply (long runs that almost match); a quadratic regex takes seconds on them, a linear one milliseconds.
describe('linear time on 100,000-character titles', () => {
  const N = 100_000;
  // CPU time, not wall time: a bound on this process's work that other load on the machine does not move.
  const within = (limitMs: number, run: () => unknown) => {
    const start = process.cpuUsage();
    run();
    const { user, system } = process.cpuUsage(start);
    expect((user + system) / 1000).toBeLessThan(limitMs);
  };

  it('withoutTrailingPauses: a run of pauses that stops just before the end', () => {
    for (const pause of ['、', '\u3000', ' ']) {
      const text = `${pause.repeat(N)}x`;
      within(500, () => expect(withoutTrailingPauses(text)).toBe(text));
    }
    within(500, () => expect(withoutTrailingPauses(`見出し${'。'.repeat(N)}`)).toBe('見出し'));
  });

  it('withoutPictographs: runs of spaces and tabs, and of pictographs', () => {
    within(500, () => expect(withoutPictographs(`a${' \t'.repeat(N / 2)}b`)).toBe('a b'));
    within(500, () => expect(withoutPictographs(`a${'🚀\u200d'.repeat(N / 3)}b`)).toBe('ab'));
  });

  it('titlePhrases and layoutTitle: whitespace, punctuation and unbroken text', () => {
    for (const text of [`${'\u3000'.repeat(N)}あ`, `あ${'、'.repeat(N)}`, `${' '.repeat(N)}x`, 'a'.repeat(N)]) {
      within(500, () => titlePhrases(text));
      within(500, () => expect(layoutTitle(text).phrases.length).toBeGreaterThan(0));
    }
  });
});
