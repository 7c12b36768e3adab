import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../markdown/render';
import { readPostFiles } from './files';
import { derivePostData, parseValidPost } from './prepare-post';
import { createPostWorkers } from './post-workers';

describe('createPostWorkers', () => {
  const prepare = createPostWorkers(2);

  it('derives and renders every sample post in worker threads exactly as inline', async () => {
    const files = readPostFiles('content');
    const posts = await Promise.all(files.map(({ file, source }) => prepare(parseValidPost(file, source))));
    for (const [i, { file, source }] of files.entries()) {
      const data = derivePostData(file, source);
      // Posts cross threads as structured clones: compare as plain data.
      expect(posts[i].data, file).toEqual(JSON.parse(JSON.stringify(data)));
      expect(posts[i].rendered, file).toEqual(await renderMarkdown(data.body, { sponsored: data.sponsored }));
    }
  }, 120_000);

  it('starts a worker only when a post waits for one, and no more than its size', async () => {
    const pool = createPostWorkers(2);
    expect(pool.started()).toBe(0);
    const post = (n: number) => parseValidPost(`content/posts/2025-01-0${n}-post.md`, `---\ntitle: 記事${n}\ndate: 2025-01-0${n}\n---\n本文${n}です。\n`);
    expect((await pool(post(1))).data.title).toBe('記事1');
    // One post at a time is served by the one worker already started.
    expect((await pool(post(2))).data.title).toBe('記事2');
    expect(pool.started()).toBe(1);
    const titles = (await Promise.all([3, 4, 5, 6].map((n) => pool(post(n))))).map((p) => p.data.title);
    expect(titles).toEqual(['記事3', '記事4', '記事5', '記事6']);
    expect(pool.started()).toBe(2);
  }, 120_000);

  it('fails a post it cannot prepare, naming the file, and goes on with the others', async () => {
    // A post that skipped validation: no front matter at all.
    const broken = prepare({ file: 'content/posts/2025-01-01-broken.md', frontMatter: null as never, body: '本文\n' });
    await expect(broken).rejects.toThrow(/^content\/posts\/2025-01-01-broken\.md:1: /);
    const fine = await prepare(parseValidPost('content/posts/2025-01-02-fine.md', '---\ntitle: 問題なし\ndate: 2025-01-02\n---\n本文です。\n'));
    expect(fine.data.title).toBe('問題なし');
    expect(fine.rendered.html).toBe('<p>本文です。</p>');
  }, 60_000);
});
