/**
 * The real Contentlayer (scripts/contentlayer-build.mjs) in a scratch project, as `npm run dev`
 * and as the content step's batches run it.
 *
 * `npm run dev` (scripts/dev.mjs) runs the content step over the whole folder first, so that
 * `contentlayer2 dev` starts from Contentlayer's own cache of every post instead of preparing
 * each again (1,000 posts: 27 s, during which a writer's first save does not show). That only
 * holds if Contentlayer reuses a cached document of a post whose front matter it does not
 * declare (every post's: all fields are computed), which patches/ makes it do.
 *
 * The last cases start it early, waiting for the content step's word to build.
 *
 * The first case runs it twice: first from a prepared-post table, as the content step does,
 * whose title differs from the file's; then without the table, as the dev watcher runs. A reused document keeps the
 * table's title; one made again would take the file's.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { preparePost } from '../lib/content/prepare-post';
import { PREPARED_POSTS_ENV } from '../lib/content/prepared-posts';
import { startContentlayerEarly } from '../lib/content/contentlayer-documents';

const root = process.cwd();
const project = mkdtempSync(path.join(tmpdir(), 'dev-cache-'));
afterAll(() => rmSync(project, { recursive: true, force: true }));

// Contentlayer reads its config, and writes `.contentlayer/`, in the folder it runs in.
for (const name of ['node_modules', 'lib', 'messages', 'scripts', 'contentlayer.config.ts', 'package.json', 'tsconfig.json']) {
  symlinkSync(path.join(root, name), path.join(project, name));
}

function runContentlayer(env: Record<string, string>) {
  const result = spawnSync(process.execPath, [path.join('scripts', 'contentlayer-build.mjs')], {
    cwd: project,
    // Contentlayer takes its folder from PWD before process.cwd().
    env: { ...process.env, PWD: project, ...env },
    encoding: 'utf8',
  });
  expect(result.status, `${result.stdout}${result.stderr}`).toBe(0);
  const collection = JSON.parse(readFileSync(collectionFile, 'utf8'));
  return collection as { _raw: { sourceFilePath: string }; title: string; tags: string[] }[];
}

const collectionFile = path.join(project, '.contentlayer', 'generated', 'Post', '_index.json');
/** Contentlayer's own data cache files (data-<schema hash>.json). */
function dataCacheFiles(): string[] {
  const cacheDir = path.join(project, '.contentlayer', '.cache');
  if (!existsSync(cacheDir)) return [];
  return readdirSync(cacheDir, { recursive: true, encoding: 'utf8' }).filter((name) => path.basename(name).startsWith('data-'));
}

describe('npm run dev starts from the content step’s Contentlayer cache', () => {
  it('reuses the cached document of an unchanged post with front matter, and makes a saved one again', async () => {
    const contentDir = path.join(project, 'content');
    mkdirSync(path.join(contentDir, 'posts'), { recursive: true });
    const names = ['2025-11-27-kept.md', '2025-11-28-saved.md'];
    const source = (title: string) => `---\ntitle: ${title}\ndate: 2025-11-28 10:00:00 +0900\ntags: [半導体]\nlayout: post\n---\n本文です。\n`;
    names.forEach((name) => writeFileSync(path.join(contentDir, 'posts', name), source('ファイルの題')));

    // The content step's table: each post's prepared entry, here with a title the file does not have.
    const table: Record<string, string> = {};
    for (const name of names) {
      const file = path.join(contentDir, 'posts', name);
      const post = await preparePost(file, readFileSync(file, 'utf8'));
      const entry = path.join(project, `${name}.json`);
      writeFileSync(entry, JSON.stringify({ post: { ...post, data: { ...post.data, title: '内容ステップの題' } } }));
      table[`posts/${name}`] = entry;
    }
    writeFileSync(path.join(project, 'table.json'), JSON.stringify(table));
    const first = runContentlayer({ CONTENT_DIR: contentDir, [PREPARED_POSTS_ENV]: path.join(project, 'table.json') });
    expect(first.map((doc) => doc.title)).toEqual(['内容ステップの題', '内容ステップの題']);

    // A writer saves one post; the watcher's run has no table and prepares from the file what it does not reuse.
    const saved = path.join(contentDir, 'posts', names[1]);
    writeFileSync(saved, source('保存した題'));
    const again = runContentlayer({ CONTENT_DIR: contentDir });
    const titles = Object.fromEntries(again.map((doc) => [doc._raw.sourceFilePath, doc.title]));
    expect(titles).toEqual({ [`posts/${names[0]}`]: '内容ステップの題', [`posts/${names[1]}`]: '保存した題' });
    expect(again.every((doc) => doc.tags.includes('半導体'))).toBe(true);
  }, 60_000);
});

describe('a content-step batch (CONTENTLAYER_COLLECTION_ONLY=1)', () => {
  it('writes the same collection file, and neither Contentlayer’s data cache nor per-document copies', () => {
    const contentDir = path.join(project, 'batch');
    mkdirSync(path.join(contentDir, 'posts'), { recursive: true });
    for (const [index, body] of ['一本目の本文です。', '二本目の本文です。\n\n## 見出し\n'].entries()) {
      writeFileSync(path.join(contentDir, 'posts', `2025-11-2${index}-batch-${index}.md`), `---\ntitle: 束の記事${index}\ndate: 2025-11-2${index} 09:00:00 +0900\n---\n${body}`);
    }
    const run = (collectionOnly: string) => {
      rmSync(path.join(project, '.contentlayer'), { recursive: true, force: true });
      runContentlayer({ CONTENT_DIR: contentDir, CONTENTLAYER_COLLECTION_ONLY: collectionOnly });
      return {
        collection: readFileSync(collectionFile, 'utf8'),
        generated: readdirSync(path.dirname(collectionFile)).sort(),
        dataCache: dataCacheFiles(),
      };
    };
    const full = run('0');
    expect(full.generated.filter((name) => !name.startsWith('_index'))).toHaveLength(2);
    expect(full.dataCache).toHaveLength(1);

    const batch = run('1');
    expect(batch.collection).toBe(full.collection);
    expect(batch.generated).toEqual(['_index.json', '_index.mjs']);
    expect(batch.dataCache).toEqual([]);
  }, 60_000);
});

describe('a run started early (startContentlayerEarly, CONTENTLAYER_WAIT=1)', () => {
  const contentDir = path.join(project, 'early');
  const table = path.join(project, 'early-table.json');
  /** The post and its prepared entry, as the content step writes them before Contentlayer builds. */
  const writePost = async () => {
    mkdirSync(path.join(contentDir, 'posts'), { recursive: true });
    const file = path.join(contentDir, 'posts', '2025-11-28-early.md');
    writeFileSync(file, '---\ntitle: 先に起動した記事\ndate: 2025-11-28 09:00:00 +0900\n---\n本文です。\n');
    const entry = path.join(project, 'early-entry.json');
    writeFileSync(entry, JSON.stringify({ post: await preparePost(file, readFileSync(file, 'utf8')) }));
    writeFileSync(table, JSON.stringify({ 'posts/2025-11-28-early.md': entry }));
  };

  it('builds only on go(), from the posts written after it started: the same collection as a run at once', async () => {
    rmSync(contentDir, { recursive: true, force: true });
    rmSync(path.join(project, '.contentlayer'), { recursive: true, force: true });
    rmSync(table, { force: true });
    const early = startContentlayerEarly({ inputDir: contentDir, preparedTable: table, projectDir: project });
    // Started before its input exists, as the content step starts it before the posts are prepared.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(existsSync(collectionFile)).toBe(false);
    await writePost();
    const result = await early.go();
    expect(result.ok, result.output).toBe(true);
    const collection = readFileSync(collectionFile, 'utf8');
    expect(JSON.parse(collection).map((doc: { title: string }) => doc.title)).toEqual(['先に起動した記事']);

    rmSync(path.join(project, '.contentlayer'), { recursive: true, force: true });
    runContentlayer({ CONTENT_DIR: contentDir, CONTENTLAYER_COLLECTION_ONLY: '1', [PREPARED_POSTS_ENV]: table });
    expect(readFileSync(collectionFile, 'utf8')).toBe(collection);
  }, 60_000);

  it('ends without building when cancelled', async () => {
    await writePost();
    rmSync(path.join(project, '.contentlayer'), { recursive: true, force: true });
    const early = startContentlayerEarly({ inputDir: contentDir, preparedTable: table, projectDir: project });
    early.cancel();
    const result = await early.go();
    expect(result.ok, result.output).toBe(true);
    expect(existsSync(collectionFile)).toBe(false);
  }, 60_000);
});
