import { describe, expect, it } from 'vitest';
import { splitPhrases } from './typography';

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
});
