import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PostCache, pipelineVersion, postCacheKey, postSlugsHash } from './post-cache';
import { renderMarkdown } from '../markdown/render';
import { parseValidPost, postDataFrom, preparePostFrom, type ParsedPost } from './prepare-post';
import { preparePosts } from './prepared-posts';
import type { ValidPost } from './validate';

const folders: string[] = [];
afterAll(() => folders.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function folder(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'post-cache-'));
  folders.push(dir);
  for (const [name, content] of Object.entries(files)) write(dir, name, content);
  return dir;
}

function write(dir: string, name: string, content: string | Buffer): void {
  mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
  writeFileSync(path.join(dir, name), content);
}

const source = (title: string, body: string) => `---\ntitle: ${title}\ndate: 2025-11-28 10:00:00 +0900\n---\n${body}\n`;

function validPost(contentDir: string, name: string, text: string): ValidPost {
  const file = `${contentDir}/posts/${name}`;
  const parsed = parseValidPost(file, text);
  return { ...parsed, source: text, bodyStartLine: 5 };
}

// A 1×1 PNG and a 2×1 one: image-size reads their width and height from the header.
const png = (width: number) =>
  Buffer.from(
    `89504e470d0a1a0a0000000d49484452${width.toString(16).padStart(8, '0')}000000010806000000`,
    'hex',
  );

describe('pipelineVersion', () => {
  const project = () =>
    folder({
      'lib/markdown/render.ts': 'export const steps = 1;',
      'lib/markdown/render.test.ts': 'test',
      'messages/ja.json': '{"a":"見出し"}',
      'package-lock.json': '{"packages":{}}',
      'content/posts/2025-01-01-a.md': source('一つ目', '本文'),
      'content/jekyll.json': '{}',
    });
  const version = (dir: string, siteUrl = 'https://news.example.jp') =>
    pipelineVersion({ projectDir: dir, contentDir: path.join(dir, 'content'), siteUrl });

  it('changes with the code under lib/, the UI texts, the locked packages, the site URL and the content settings', () => {
    const dir = project();
    const before = version(dir);
    expect(version(dir)).toBe(before);
    expect(version(dir, 'https://other.example.jp')).not.toBe(before);
    for (const [file, content] of [
      ['lib/markdown/render.ts', 'export const steps = 2;'],
      ['messages/ja.json', '{"a":"見出しA"}'],
      ['package-lock.json', '{"packages":{"x":{}}}'],
      ['content/jekyll.json', '{"permalink":"/:title"}'],
      ['lib/markdown/rehype/new-step.ts', 'export {};'],
    ] as const) {
      const changed = project();
      write(changed, file, content);
      expect(version(changed), file).not.toBe(before);
    }
  });

  it('does not change with a post or a test file', () => {
    const dir = project();
    const before = version(dir);
    write(dir, 'content/posts/2025-01-01-a.md', source('一つ目（改）', '本文を直した'));
    write(dir, 'content/posts/2025-01-02-b.md', source('二つ目', '新しい記事'));
    write(dir, 'lib/markdown/render.test.ts', 'another test');
    expect(version(dir)).toBe(before);
  });
});

describe('postCacheKey', () => {
  it('changes with the post file, its validated front matter or the pipeline, and nothing else', () => {
    const a = validPost('content', '2025-01-01-a.md', source('一つ目', '本文'));
    const key = postCacheKey('v1', a);
    expect(postCacheKey('v1', { ...a })).toBe(key);
    expect(postCacheKey('v2', a)).not.toBe(key);
    expect(postCacheKey('v1', validPost('content', '2025-01-01-a.md', source('一つ目', '本文。')))).not.toBe(key);
    // The same file given another slug by the collection (a clash resolved elsewhere) is another entry.
    expect(postCacheKey('v1', { ...a, frontMatter: { ...a.frontMatter, slug: 'a-2' } })).not.toBe(key);
  });

  it('keys a post that links to others with Liquid by their slugs too, and only such a post', async () => {
    const dir = folder({ 'public/.keep': '' });
    const contentDir = path.join(dir, 'content');
    const posts = [
      validPost(contentDir, '2025-01-01-a.md', source('リンクする記事', '[前の記事]({% post_url 2024-12-01-b %})')),
      validPost(contentDir, '2025-01-02-c.md', source('リンクしない記事', '本文です。')),
    ];
    const keys = async (slugsHash: string) => {
      const cache = new PostCache(path.join(dir, 'cache'), path.join(dir, 'public'));
      const { table } = await preparePosts(posts, { contentDir, cache, version: 'v1', slugsHash, render: async (post) => preparePostFrom(post) });
      return table;
    };
    const before = await keys(postSlugsHash({ 'content/posts/2024-12-01-b.md': 'b' }));
    const after = await keys(postSlugsHash({ 'content/posts/2024-12-01-b.md': 'b-2024-12-01' }));
    expect(after['posts/2025-01-01-a.md']).not.toBe(before['posts/2025-01-01-a.md']);
    expect(after['posts/2025-01-02-c.md']).toBe(before['posts/2025-01-02-c.md']);
  });
});

describe('preparePosts with a PostCache', () => {
  async function run(dir: string, posts: ValidPost[], version: string) {
    const rendered: string[] = [];
    const cache = new PostCache(path.join(dir, 'cache'), path.join(dir, 'public'));
    const result = await preparePosts(posts, {
      contentDir: path.join(dir, 'content'),
      cache,
      version,
      render: async (post: ParsedPost) => {
        rendered.push(path.basename(post.file));
        const data = postDataFrom(post);
        return { data, rendered: await renderMarkdown(data.body, { publicDir: path.join(dir, 'public') }) };
      },
    });
    return { result, rendered, pruned: cache.prune(), cache };
  }

  it('renders only what changed: nothing on a second run, one post after one edit, all after a pipeline change', async () => {
    const dir = folder({ 'public/.keep': '' });
    const contentDir = path.join(dir, 'content');
    const posts = ['a', 'b', 'c'].map((name, i) => validPost(contentDir, `2025-01-0${i + 1}-${name}.md`, source(`記事${name}`, `${name}の本文です。`)));

    const first = await run(dir, posts, 'v1');
    expect(first.rendered.sort()).toEqual(['2025-01-01-a.md', '2025-01-02-b.md', '2025-01-03-c.md']);
    expect(Object.keys(first.result.table).sort()).toEqual(['posts/2025-01-01-a.md', 'posts/2025-01-02-b.md', 'posts/2025-01-03-c.md']);

    const second = await run(dir, posts, 'v1');
    expect(second.rendered).toEqual([]);
    expect(second.result).toMatchObject({ reused: 3, rendered: 0 });
    expect(second.result.table).toEqual(first.result.table);

    const edited = [...posts];
    edited[1] = validPost(contentDir, '2025-01-02-b.md', source('記事b', 'bの本文を直しました。'));
    const third = await run(dir, edited, 'v1');
    expect(third.rendered).toEqual(['2025-01-02-b.md']);
    // The old entry of the edited post is gone: the cache keeps one entry per post.
    expect(third.pruned).toBe(1);
    expect(readdirSync(path.join(dir, 'cache')).filter((name) => /^[0-9a-f]{64}\.json$/.test(name))).toHaveLength(3);

    const fourth = await run(dir, edited, 'v2');
    expect(fourth.rendered).toHaveLength(3);
    expect(fourth.pruned).toBe(3);
  });

  it('gives back exactly what rendering gave', async () => {
    const dir = folder({ 'public/.keep': '' });
    const post = validPost(path.join(dir, 'content'), '2025-01-01-a.md', source('表の記事', '## 見出し\n\n| a | b |\n| - | - |\n| 1 | 2 |'));
    const first = await run(dir, [post], 'v1');
    const { cache } = await run(dir, [post], 'v1');
    const key = postCacheKey('v1', post);
    expect(cache.get(key)).toEqual(JSON.parse(JSON.stringify(await preparePostFrom(post))));
    expect(first.rendered).toHaveLength(1);
  });

  it('re-renders a post when an image it shows is added or changed, and only that post', async () => {
    const dir = folder({ 'public/images/chart.png': png(1) });
    const contentDir = path.join(dir, 'content');
    const posts = [
      validPost(contentDir, '2025-01-01-chart.md', source('図の記事', '![推移](/images/chart.png)')),
      validPost(contentDir, '2025-01-02-later.md', source('後で図が入る記事', '![予定](/images/later.png)')),
      validPost(contentDir, '2025-01-03-text.md', source('文字だけの記事', '図はありません。')),
    ];
    const first = await run(dir, posts, 'v1');
    expect(first.rendered).toHaveLength(3);

    write(dir, 'public/images/chart.png', png(2));
    const second = await run(dir, posts, 'v1');
    expect(second.rendered).toEqual(['2025-01-01-chart.md']);
    const chart = second.cache.get(postCacheKey('v1', posts[0]));
    expect(chart?.rendered.html).toContain('width="2"');

    write(dir, 'public/images/later.png', png(1));
    const third = await run(dir, posts, 'v1');
    expect(third.rendered).toEqual(['2025-01-02-later.md']);
  });

  describe('its index (a warm build reads no entry of an unchanged post)', () => {
    // A whole content step as far as the cache goes: prepare, keep each post's document, prune.
    async function build(dir: string, posts: ValidPost[]) {
      const rendered: string[] = [];
      const cache = new PostCache(path.join(dir, 'cache'), path.join(dir, 'public'));
      const result = await preparePosts(posts, {
        contentDir: path.join(dir, 'content'),
        cache,
        version: 'v1',
        render: async (post: ParsedPost) => {
          rendered.push(path.basename(post.file));
          const data = postDataFrom(post);
          return { data, rendered: await renderMarkdown(data.body, { publicDir: path.join(dir, 'public') }) };
        },
      });
      for (const post of posts) {
        if (!cache.hasDocument(result.keys[post.file])) cache.setDocument(result.keys[post.file], { slug: post.frontMatter.slug });
      }
      cache.prune();
      return { rendered, cache, keys: result.keys };
    }
    const tear = (file: string) => writeFileSync(file, '{"format":1,"po');

    it('vouches for an unchanged post and its document without reading the entry', async () => {
      const dir = folder({ 'public/.keep': '' });
      const post = validPost(path.join(dir, 'content'), '2025-01-01-a.md', source('記事', '本文'));
      const first = await build(dir, [post]);
      expect(first.rendered).toHaveLength(1);
      // A torn entry would be rendered again if it were read (the test below); vouched for, it is not read.
      tear(first.cache.entryPath(first.keys[post.file]));
      expect((await build(dir, [post])).rendered).toEqual([]);
    });

    it('reads the entry when an image it shows changed, or when the run before it stopped half-way', async () => {
      const dir = folder({ 'public/images/chart.png': png(1) });
      const contentDir = path.join(dir, 'content');
      const chart = validPost(contentDir, '2025-01-01-chart.md', source('図の記事', '![推移](/images/chart.png)'));
      const text = validPost(contentDir, '2025-01-02-text.md', source('文字だけの記事', '図はありません。'));
      await build(dir, [chart, text]);
      write(dir, 'public/images/chart.png', png(2));
      expect((await build(dir, [chart, text])).rendered).toEqual(['2025-01-01-chart.md']);

      // A run that renders a post and stops before it prunes leaves no index, so the next one reads every entry
      // (here: finds the chart's torn and renders it again) instead of trusting an index older than the entries.
      const stopped = new PostCache(path.join(dir, 'cache'), path.join(dir, 'public'));
      const edited = validPost(contentDir, '2025-01-02-text.md', source('文字だけの記事', '書き直しました。'));
      await preparePosts([chart, edited], { contentDir, cache: stopped, version: 'v1', render: async (post) => preparePostFrom(post) });
      expect(existsSync(path.join(dir, 'cache', 'index.json'))).toBe(false);
      tear(stopped.entryPath(postCacheKey('v1', chart)));
      expect((await build(dir, [chart, edited])).rendered).toEqual(['2025-01-01-chart.md']);
    });
  });

  it('renders again over an entry a killed build left torn', async () => {
    const dir = folder({ 'public/.keep': '' });
    const post = validPost(path.join(dir, 'content'), '2025-01-01-a.md', source('記事', '本文'));
    const first = await run(dir, [post], 'v1');
    writeFileSync(first.cache.entryPath(postCacheKey('v1', post)), '{"format":1,"po');
    const second = await run(dir, [post], 'v1');
    expect(second.rendered).toEqual(['2025-01-01-a.md']);
  });
});
