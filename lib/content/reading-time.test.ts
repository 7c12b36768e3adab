import { describe, expect, it } from 'vitest';
import { estimateReadingMinutes } from './reading-time';

describe('estimateReadingMinutes', () => {
  it('reads Japanese at about 500 characters a minute', () => {
    expect(estimateReadingMinutes('あ'.repeat(500))).toBe(1);
    expect(estimateReadingMinutes('漢'.repeat(501))).toBe(2);
    expect(estimateReadingMinutes('カタカナと漢字。'.repeat(500))).toBe(8);
  });

  it('counts English by words, not characters', () => {
    expect(estimateReadingMinutes(Array(400).fill('semiconductor').join(' '))).toBe(2);
  });

  it('adds up mixed text', () => {
    const text = `${'半導体'.repeat(250)} ${Array(200).fill('NVIDIA').join(' ')}`; // 750 chars + 200 words
    expect(estimateReadingMinutes(text)).toBe(3);
  });

  it('is at least one minute', () => {
    expect(estimateReadingMinutes('')).toBe(1);
  });
});
