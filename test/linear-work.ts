import { expect } from 'vitest';

/**
 * A bound on work, not a benchmark, for code that reads untrusted text. The
 * worst case is run at WORST_CASE_LENGTH and at a tenth of it: linear work takes
 * about ten times as long on the whole, quadratic work a hundred times. The whole
 * may take thirty times the tenth (CPU time of the fastest of a few runs, as
 * timers are noisy), and anything under LINEAR_TIME_BOUND_MS passes.
 */
export const WORST_CASE_LENGTH = 100_000;
export const LINEAR_TIME_BOUND_MS = 500;

/**
 * The CPU time of the fastest of a few runs, in milliseconds. CPU time, not the
 * clock: on a machine shared by many processes the clock also counts the time
 * others ran, and a pause for garbage collection only ever adds time.
 */
function millisecondsFor(run: () => unknown, runs: number): number {
  let fastest = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = process.cpuUsage();
    run();
    const used = process.cpuUsage(start);
    fastest = Math.min(fastest, (used.user + used.system) / 1000);
  }
  return fastest;
}

export function expectLinearWork(name: string, textOfLength: (length: number) => string, work: (text: string) => unknown): void {
  const tenthText = textOfLength(WORST_CASE_LENGTH / 10);
  const wholeText = textOfLength(WORST_CASE_LENGTH);
  const tenth = millisecondsFor(() => work(tenthText), 3);
  const whole = millisecondsFor(() => work(wholeText), 1);
  if (whole < LINEAR_TIME_BOUND_MS) return;
  // Over the bound, once more: a quadratic run would take far longer again, a noisy one not.
  expect(Math.min(whole, millisecondsFor(() => work(wholeText), 1)), name).toBeLessThan(Math.max(LINEAR_TIME_BOUND_MS, 30 * tenth));
}

/** A text of at least `length` characters: `unit` repeated. */
export const repeatTo = (unit: string) => (length: number) => unit.repeat(Math.ceil(length / unit.length));
