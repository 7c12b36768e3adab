import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GENERATED_FILES } from '../config';
import { GENERATED_POSTS_FILE, loadContentBuildTime } from './generated';

describe('loadPostDocuments', () => {
  it('reads the file the content step writes, by a literal path the bundler can trace', () => {
    const source = readFileSync('lib/posts/generated.ts', 'utf8');
    const literal = /path\.join\(process\.cwd\(\), ((?:'[^']+'(?:, )?)+)\)/.exec(source);
    expect(literal, 'a path.join of literals').not.toBeNull();
    const parts = literal![1].split(', ').map((part) => part.slice(1, -1));
    expect(path.join(...parts)).toBe(path.normalize(GENERATED_POSTS_FILE));
  });

  it('reads when the content step ran from the file it wrote, by a literal path too', () => {
    const source = readFileSync('lib/posts/generated.ts', 'utf8');
    const literals = [...source.matchAll(/path\.join\(process\.cwd\(\), ((?:'[^']+'(?:, )?)+)\)/g)].map((m) =>
      path.join(...m[1].split(', ').map((part) => part.slice(1, -1))),
    );
    expect(literals).toContain(path.normalize(GENERATED_FILES.onDemandPaths));
    const { builtAt } = JSON.parse(readFileSync(GENERATED_FILES.onDemandPaths, 'utf8')) as { builtAt: string };
    expect(loadContentBuildTime().toISOString()).toBe(builtAt);
  });
});
