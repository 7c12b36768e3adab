import { expect } from 'vitest';

/**
 * A bound on work, not a benchmark, for code that reads untrusted text. The
 * worst case is run at WORST_CASE_LENGTH and at a tenth of it: linear work takes
 * about ten times as long on the whole, quadratic work a hundred times. The whole
 * may take thirty times the tenth (timers and a loaded machine are noisy), and
 * anything under LINEAR_TIME_BOUND_MS passes.
 */
export const WORST_CASE_LENGTH = 100_000;
export const LINEAR_TIME_BOUND_MS = 500;

function millisecondsFor(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

export function expectLinearWork(name: string, textOfLength: (length: number) => string, work: (text: string) => unknown): void {
  const tenth = millisecondsFor(() => work(textOfLength(WORST_CASE_LENGTH / 10)));
  const whole = millisecondsFor(() => work(textOfLength(WORST_CASE_LENGTH)));
  expect(whole, name).toBeLessThan(Math.max(LINEAR_TIME_BOUND_MS, 30 * tenth));
}

/** A text of at least `length` characters: `unit` repeated. */
export const repeatTo = (unit: string) => (length: number) => unit.repeat(Math.ceil(length / unit.length));
