import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FrontMatterCache } from './front-matter-cache';
import { parsePostFile, type PostReadContext } from './front-matter';

const folders: string[] = [];
afterAll(() => folders.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function cacheDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'front-matter-cache-'));
  folders.push(dir);
  return dir;
}

const context = (yamlCache: FrontMatterCache): PostReadContext => ({ jekyllDates: false, timeZone: 'Asia/Tokyo', yamlCache });
const file = 'content/posts/2025-11-28-a.md';
const post = (title: string, extra = '') => `---\ntitle: ${title}\ndate: 2025-11-28 10:00:00 +0900\ntags: [AI, 半導体]\n${extra}---\n本文です。\n`;

/** Reads `source` as a build does: with the cache the last build saved, then saves it for the next. */
function build(dir: string, source: string, version = 'v1') {
  const cache = new FrontMatterCache(dir, version);
  const parsed = parsePostFile(file, source, context(cache));
  cache.save();
  return parsed;
}

/** Rewrites every saved entry's title: a build that shows it did not parse the YAML again. */
function forgeSavedTitles(dir: string, title: string): void {
  const saved = JSON.parse(readFileSync(path.join(dir, 'front-matter.json'), 'utf8')) as { entries: Record<string, string> };
  for (const [key, json] of Object.entries(saved.entries)) {
    const read = JSON.parse(json);
    saved.entries[key] = JSON.stringify({ ...read, data: { ...read.data, title } });
  }
  writeFileSync(path.join(dir, 'front-matter.json'), JSON.stringify(saved));
}

describe('FrontMatterCache', () => {
  it('gives a later build the front matter an earlier one read, and the same post comes out', () => {
    const dir = cacheDir();
    const first = build(dir, post('生成AIの動向'));
    expect(build(dir, post('生成AIの動向'))).toEqual(first);
    forgeSavedTitles(dir, '保存された値');
    expect(build(dir, post('生成AIの動向')).frontMatter?.title).toBe('保存された値');
  });

  it('reads a changed front matter, or any after a pipeline change, afresh', () => {
    const dir = cacheDir();
    build(dir, post('一つ目'));
    forgeSavedTitles(dir, '保存された値');
    expect(build(dir, post('直した題')).frontMatter?.title).toBe('直した題');
    build(dir, post('一つ目'));
    forgeSavedTitles(dir, '保存された値');
    expect(build(dir, post('一つ目'), 'v2').frontMatter?.title).toBe('一つ目');
  });

  it('keeps what the YAML said beyond its values: a repeated key is still named from the cache', () => {
    const dir = cacheDir();
    const source = post('題', 'title: 後の題\n');
    const first = build(dir, source);
    expect(first.problems.map((p) => `${p.line}: ${p.field}`)).toEqual(['5: title']);
    expect(build(dir, source)).toEqual(first);
  });

  it('keeps only values JSON gives back unchanged, and only the entries of the last build', () => {
    const dir = cacheDir();
    build(dir, post('無限大', 'score: .inf\n'));
    const saved = () => Object.keys(JSON.parse(readFileSync(path.join(dir, 'front-matter.json'), 'utf8')).entries);
    expect(saved()).toEqual([]);
    build(dir, post('一つ目'));
    const [one] = saved();
    build(dir, post('二つ目'));
    expect(saved()).toHaveLength(1);
    expect(saved()).not.toContain(one);
  });

  it('reads every post afresh when the file is unreadable', () => {
    const dir = cacheDir();
    writeFileSync(path.join(dir, 'front-matter.json'), '{"version":"v1","entr');
    expect(build(dir, post('壊れたキャッシュ')).frontMatter?.title).toBe('壊れたキャッシュ');
  });
});
