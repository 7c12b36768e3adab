import { loadDefaultJapaneseParser } from 'budoux';
import { describe, expect, it } from 'vitest';
import { phraseParser, splitPhrases } from './typography';

describe('splitPhrases', () => {
  it('splits a Japanese headline into phrases that join back to the original', () => {
    const title = '日本株の年末相場展望：AI・半導体主導の上昇は続くか';
    const phrases = splitPhrases(title);
    expect(phrases.length).toBeGreaterThan(2);
    expect(phrases.join('')).toBe(title);
    // A phrase boundary never splits the particle from its noun.
    expect(phrases.some((p) => p.endsWith('の') || p.endsWith('は'))).toBe(true);
  });

  it('leaves text without Japanese alone', () => {
    expect(splitPhrases('NVIDIA Q3 earnings')).toEqual(['NVIDIA Q3 earnings']);
    expect(splitPhrases('')).toEqual(['']);
  });

  it('splits exactly as the budoux package entry does, though it loads the parser and model by path', () => {
    const packaged = loadDefaultJapaneseParser();
    const titles = [
      '日本株の年末相場展望：AI・半導体主導の上昇は続くか',
      '生成AIの電力需要、データセンター投資は来年も二桁増へ',
      '日銀が追加利上げを決定、円相場は一時１ドル＝１４０円台に',
      'オープンソースの大規模言語モデルを社内で動かすまでの三か月',
      '「新NISA」二年目の積立、どの指数を選ぶべきか',
    ];
    for (const title of titles) expect(phraseParser.parse(title)).toEqual(packaged.parse(title));
  });
});
