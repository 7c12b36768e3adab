/**
 * `npm run build` runs the commands of `npm run content` and `npm run search-index`
 * themselves rather than through npm, whose own start is about 0.3 s a call on these
 * machines (BENCHMARKS.md): the build must still run exactly those steps, in order.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;

describe('npm run build', () => {
  it('is the content step, next build and the search step, as their own scripts run them', () => {
    expect(scripts.build.split('&&').map((step) => step.trim())).toEqual([scripts.content, 'next build', scripts['search-index']]);
  });
});
