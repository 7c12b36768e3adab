/**
 * The content step as the build runs it: each kind of bad post, placed in a
 * temporary content folder, must stop the build with the file and field named.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const good = (title: string) => `---\nlayout: post\ntitle: "${title}"\ndate: 2025-11-28 02:10:27 +0000\ncategories: [AI]\n---\n本文です。\n`;

const badPosts: Record<string, { source: string; field: string }> = {
  '2025-11-01-no-title.md': { source: '---\ndate: 2025-11-01\n---\n本文\n', field: 'title' },
  '2025-11-02-empty-title.md': { source: '---\ntitle: ""\ndate: 2025-11-02\n---\n本文\n', field: 'title' },
  '2025-11-03-bad-date.md': { source: '---\ntitle: 日付が変\ndate: 2025-13-45 99:99:99\n---\n本文\n', field: 'date' },
  '2025-11-04-broken-yaml.md': { source: '---\ntitle: "閉じていない\ndate: 2025-11-04\ntags: [a, b\n---\n本文\n', field: 'front matter' },
  '2025-11-05-bad-category.md': { source: '---\ntitle: 分類が変\ndate: 2025-11-05\ncategories:\n  a: b\n---\n本文\n', field: 'categories' },
};

const folders: string[] = [];
afterAll(() => folders.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function contentFolder(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'content-test-'));
  folders.push(dir);
  mkdirSync(path.join(dir, 'posts'));
  for (const [name, source] of Object.entries(files)) writeFileSync(path.join(dir, 'posts', name), source);
  return dir;
}

function runContentStep(dir: string) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/content.ts'], {
    env: { ...process.env, CONTENT_DIR: dir },
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('content step (npm run content)', () => {
  it.each(Object.entries(badPosts))('fails on %s and names the file and field', (name, { source, field }) => {
    const dir = contentFolder({ '2025-10-01-fine.md': good('問題のない記事'), [name]: source });
    const { status, output } = runContentStep(dir);
    expect(status).toBe(1);
    expect(output).toContain(`${path.join(dir, 'posts', name)}:`);
    expect(output).toMatch(new RegExp(`${name}:\\d+: ${field}: `));
    expect(output).not.toContain('2025-10-01-fine.md:');
  });

  it('reports every bad file in one run', () => {
    const files = Object.fromEntries(Object.entries(badPosts).map(([name, { source }]) => [name, source]));
    const { status, output } = runContentStep(contentFolder(files));
    expect(status).toBe(1);
    for (const name of Object.keys(badPosts)) expect(output).toContain(name);
    expect(output).toContain('5 ファイルに');
  });

  it('names both files of a duplicate slug', () => {
    const { status, output } = runContentStep(
      contentFolder({
        '2025-11-01-same.md': good('一つ目'),
        '2025-11-02-different.md': good('二つ目').replace('layout: post', 'slug: same'),
      }),
    );
    expect(status).toBe(1);
    expect(output).toMatch(/2025-11-01-same\.md:1: slug: .*2025-11-02-different\.md/);
    expect(output).toMatch(/2025-11-02-different\.md:1: slug: .*2025-11-01-same\.md/);
  });
});
