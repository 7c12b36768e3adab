/** Bounds on work for every regex-like step of cleanImportedBody on hostile bodies: linear, not quadratic. */
import { describe, expect, it } from 'vitest';
import { cleanImportedBody } from './cleanup';

const N = 100_000;

function elapsed(run: () => unknown): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}

describe('cleanImportedBody on 100,000-character worst cases', () => {
  // Each input made the old regexes try every start in a long blank run: seconds, not milliseconds.
  it.each([
    ['blanks after an END marker that is not the last line', `本文\n---END---${' '.repeat(N)}x`],
    ['ideographic spaces after an END marker', `本文\n---END---${'\u3000'.repeat(N)}。`],
    ['a first line of blanks before a non-hash', `題${' '.repeat(N)}x\n本文`],
    ['a first line with a run of ideographic spaces', `題${'\u3000'.repeat(N)}x\n本文`],
    ['a first line of blanks and hashes', `題${' #'.repeat(N / 2)}x\n本文`],
  ])('%s', (_, body) => {
    expect(elapsed(() => cleanImportedBody(body, '題'))).toBeLessThan(500);
  });

  it('still removes the END marker and the repeated title', () => {
    expect(cleanImportedBody(`## 題 ##\n本文。\n  ---END---\t\n\u3000\n\n`, '題')).toBe('本文。\n');
    expect(cleanImportedBody('---END---\n', '題')).toBe('\n');
    expect(cleanImportedBody('本文。\n---END--- です\n', '題')).toBe('本文。\n---END--- です\n');
    expect(cleanImportedBody('題 #\n本文。', '題')).toBe('本文。\n');
    expect(cleanImportedBody('題#\n本文。', '題')).toBe('題#\n本文。\n');
  });
});
