import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fontCodePoints, withCoveredGlyphs } from './glyph-coverage';

const fontFile = (family: string, file: string) => readFileSync(path.join('node_modules', '@expo-google-fonts', family, '400Regular', file));
const japanese = fontCodePoints(fontFile('noto-sans-jp', 'NotoSansJP_400Regular.ttf'));
const korean = fontCodePoints(fontFile('noto-sans-kr', 'NotoSansKR_400Regular.ttf'));
const fonts = [japanese, korean];

describe('fontCodePoints', () => {
  it('reads what the bundled fonts draw from their cmap tables', () => {
    expect(japanese.has('あ'.codePointAt(0)!)).toBe(true);
    expect(japanese.has('漢'.codePointAt(0)!)).toBe(true);
    expect(japanese.has('A'.codePointAt(0)!)).toBe(true);
    expect(japanese.has('한'.codePointAt(0)!)).toBe(false);
    expect(korean.has('한'.codePointAt(0)!)).toBe(true);
    expect(japanese.has('ก'.codePointAt(0)!)).toBe(false);
    expect(korean.has('ก'.codePointAt(0)!)).toBe(false);
  });
});

describe('withCoveredGlyphs', () => {
  it('keeps what a bundled font draws, Hangul included', () => {
    expect(withCoveredGlyphs('日銀が据え置き、한국은행도 동결 (BOJ)', fonts)).toBe('日銀が据え置き、한국은행도 동결 (BOJ)');
  });

  it('replaces each run of Thai, Arabic or Devanagari with one 〓', () => {
    expect(withCoveredGlyphs('タイ語で「ตลาดหุ้น」', fonts)).toBe('タイ語で「〓」');
    expect(withCoveredGlyphs('سوق الأسهم と हिन्दी', fonts)).toBe('〓 〓 と 〓');
  });

  it('drops invisible characters no font has instead of marking them', () => {
    expect(withCoveredGlyphs('半導体\u200b市況\u2060', fonts)).toBe('半導体市況');
  });

  it('keeps a combining mark with its base: a font that has the base must have the mark too', () => {
    expect(withCoveredGlyphs('cafe\u0301', fonts)).toBe('cafe\u0301');
    expect(withCoveredGlyphs('x\u0e34y', fonts)).toBe('〓y');
  });

  it('works in linear time: 100,000 characters alternating drawn and missing', () => {
    const text = 'あก'.repeat(50_000);
    // CPU time, not wall time: a bound on this process's work that other load on the machine does not move.
    const start = process.cpuUsage();
    expect(withCoveredGlyphs(text, fonts)).toBe('あ〓'.repeat(50_000));
    const { user, system } = process.cpuUsage(start);
    expect((user + system) / 1000).toBeLessThan(500);
  });
});
