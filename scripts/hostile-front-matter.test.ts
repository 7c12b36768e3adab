/**
 * The hostile front-matter fixtures (test/fixtures/hostile/front-matter) run
 * through the real commands, in a temporary content folder: `npm run check`
 * and the content step of the build must name every file with its line and
 * field, in one run, and no JavaScript front matter may ever be evaluated;
 * `npm run new`, which reads the existing posts for their slugs, must not
 * evaluate it either.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';

const FIXTURES = path.join('test', 'fixtures', 'hostile', 'front-matter');
/** Written by the fixtures' JavaScript front matter, were it ever evaluated. */
const MARKER = path.join(tmpdir(), 'fm-js-front-matter-ran');

const fixtures = readdirSync(FIXTURES).sort();
const dir = mkdtempSync(path.join(tmpdir(), 'fm-hostile-'));
mkdirSync(path.join(dir, 'posts'));
for (const name of fixtures) copyFileSync(path.join(FIXTURES, name), path.join(dir, 'posts', name));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
beforeEach(() => rmSync(MARKER, { force: true }));

function run(script: string, args: string[] = []) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', script, ...args], {
    env: { ...process.env, CONTENT_DIR: dir },
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** Every fixture appears as `path:line: field: ` in the output. */
function expectEveryFixtureNamed(output: string) {
  for (const name of fixtures) {
    expect(output, name).toMatch(new RegExp(`${path.join(dir, 'posts', name).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+: [a-z ]+: `));
  }
}

describe('hostile front matter through the commands', () => {
  it('npm run check fails and lists every fixture, evaluating nothing', () => {
    const { status, output } = run('scripts/check.ts');
    expect(status).toBe(1);
    expectEveryFixtureNamed(output);
    expect(output).toMatch(/fm-js-front-matter\.md:1: front matter: .*「---js」/);
    expect(existsSync(MARKER)).toBe(false);
  });

  it('the content step stops the build with every fixture named, evaluating nothing', () => {
    const { status, output } = run('scripts/content.ts');
    expect(status).toBe(1);
    expectEveryFixtureNamed(output);
    expect(output).toContain(`${fixtures.length} ファイルに`);
    expect(existsSync(MARKER)).toBe(false);
  });

  it('npm run new reads the existing posts without evaluating their front matter', () => {
    const { status } = run('scripts/new-post.ts', ['新しい記事', '--slug', 'fm-new-post']);
    expect(status).toBe(0);
    expect(existsSync(MARKER)).toBe(false);
  });
});
