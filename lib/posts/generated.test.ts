import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GENERATED_FILES } from '../config';
import { loadContentBuildTime } from './generated';

/** The `path.join(process.cwd(), '…', …)` paths of lib/posts/generated.ts whose parts are all literals. */
function literalPaths(): string[] {
  const source = readFileSync('lib/posts/generated.ts', 'utf8');
  return [...source.matchAll(/path\.join\(process\.cwd\(\), ((?:'[^']+'(?:, )?)+)\)/g)].map((m) =>
    path.join(...m[1].split(', ').map((part) => part.slice(1, -1))),
  );
}

describe('the generated files, read by literal paths the bundler can trace', () => {
  it('reads the summaries and the time of the content step from the files it writes', () => {
    expect(literalPaths()).toEqual(expect.arrayContaining([path.normalize(GENERATED_FILES.postSummaries), path.normalize(GENERATED_FILES.onDemandPaths)]));
    const { builtAt } = JSON.parse(readFileSync(GENERATED_FILES.onDemandPaths, 'utf8')) as { builtAt: string };
    expect(loadContentBuildTime().toISOString()).toBe(builtAt);
  });

  it("reads a post's pack under the folder the content step writes, by literal folders", () => {
    const source = readFileSync('lib/posts/generated.ts', 'utf8');
    const folders = GENERATED_FILES.postPages.split('/').map((part) => `'${part}'`).join(', ');
    expect(source).toContain(`path.join(process.cwd(), ${folders}, pack)`);
  });
});
