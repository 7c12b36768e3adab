import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import matter from 'gray-matter';
import { afterAll, describe, expect, it } from 'vitest';
import { batchSizeFor, contentlayerDocuments, contentlayerInputText, type ContentlayerDocument, type ContentlayerLane, type ContentlayerOptions } from './contentlayer-documents';
import { PostCache } from './post-cache';
import { preparePostFrom, parseValidPost } from './prepare-post';
import { preparePosts } from './prepared-posts';
import type { ValidPost } from './validate';

const folders: string[] = [];
afterAll(() => folders.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const source = (title: string, body: string) => `---\ntitle: ${title}\ndate: 2025-11-28 10:00:00 +0900\n---\n${body}\n`;

/**
 * A scratch project, and a stand-in for Contentlayer that records which folder it read and writes,
 * as Contentlayer does, one document per post file found there into its lane's collection file: its
 * `body.raw` from gray-matter, as Contentlayer's own read gives it, and the front matter it saw.
 */
function project() {
  const dir = mkdtempSync(path.join(tmpdir(), 'contentlayer-documents-'));
  folders.push(dir);
  const contentDir = path.join(dir, 'content');
  const collectionFile = path.join(dir, 'generated', 'Post', '_index.json');
  const reads: string[][] = [];
  const run = (folder: string, lane: ContentlayerLane) => {
    const names = existsSync(path.join(folder, 'posts')) ? readdirSync(path.join(folder, 'posts')).sort() : [];
    reads.push(names.map((name) => path.relative(dir, path.join(folder, 'posts', name))));
    const documents = names.map((name) => {
      const { content, data } = matter(readFileSync(path.join(folder, 'posts', name), 'utf8'), { engines: { yaml: (text: string) => ({ yaml: text }) } });
      return { _id: `posts/${name}`, _raw: { sourceFilePath: `posts/${name}` }, body: { raw: content }, frontMatter: data, madeIn: path.relative(dir, folder) };
    });
    mkdirSync(path.dirname(lane.collectionFile), { recursive: true });
    writeFileSync(lane.collectionFile, JSON.stringify(documents, null, 2));
    for (const document of documents) writeFileSync(path.join(path.dirname(lane.collectionFile), `${document._id.replace('/', '__')}.json`), '{}');
    return { ok: true, output: '' };
  };
  const write = (name: string, text: string) => {
    mkdirSync(path.join(contentDir, 'posts'), { recursive: true });
    writeFileSync(path.join(contentDir, 'posts', name), text);
  };
  /** `extra`: options over the defaults (a stand-in for the process startContentlayerEarly starts, say). */
  const build = async (names: string[], batchSize?: number, everyPost?: boolean, lanes?: number, extra: Partial<ContentlayerOptions> = {}) => {
    const posts: ValidPost[] = names.map((name) => {
      const file = path.posix.join(contentDir, 'posts', name);
      const text = readFileSync(file, 'utf8');
      return { ...parseValidPost(file, text), source: text, bodyStartLine: 5 };
    });
    const cache = new PostCache(path.join(dir, 'cache'), path.join(dir, 'public'));
    const { keys } = await preparePosts(posts, { contentDir, cache, version: 'v1', render: async (post) => preparePostFrom(post) });
    const result = await contentlayerDocuments(
      posts,
      {
        contentDir,
        cache,
        keys,
        preparedTable: path.join(dir, 'table.json'),
        collectionFile,
        inputDir: path.join(dir, 'input'),
        run,
        batchSize,
        everyPost,
        lanes,
        lanesDir: path.join(dir, 'lanes'),
        projectDir: dir,
        ...extra,
      },
    );
    cache.prune();
    return { ...result, collection: readFileSync(collectionFile, 'utf8') };
  };
  return { dir, write, build, reads, collectionFile, run };
}

describe('contentlayerDocuments', () => {
  it('runs the first batch in the process started early, after writing its input; a build that has no use for it ends it', async () => {
    const p = project();
    const names = ['2025-01-01-a.md', '2025-01-02-b.md'];
    names.forEach((name, i) => p.write(name, source(`記事${i}`, '本文です。')));
    const events: string[] = [];
    const inputDir = path.join(p.dir, 'input');
    const early = {
      contentDir: path.resolve(inputDir),
      workDir: path.resolve(p.dir),
      go: async () => {
        events.push(`go: ${readdirSync(path.join(inputDir, 'posts')).join(',')}`);
        return p.run(inputDir, { workDir: p.dir, collectionFile: p.collectionFile, inputDir });
      },
      cancel: () => events.push('cancel'),
    };
    // Without a run of its own, the build's only batch goes to the early process.
    const first = await p.build(names, undefined, undefined, undefined, { early, run: undefined });
    expect(events).toEqual([`go: ${names.join(',')}`]);
    expect(first.converted).toBe(2);
    expect(first.documents.map((d) => d._raw.sourceFilePath)).toEqual(names.map((name) => `posts/${name}`));

    // With one (as here, the stand-in), the early process is never told to go, and is ended.
    events.length = 0;
    p.write(names[0], source('記事0（直した）', '本文です。'));
    const second = await p.build(names, undefined, undefined, undefined, { early });
    expect(second.converted).toBe(1);
    expect(events).toEqual(['cancel']);
  });

  it('runs Contentlayer on every post once, then on the changed posts only, and always writes every document', async () => {
    const p = project();
    const names = ['2025-01-01-a.md', '2025-01-02-b.md', '2025-01-03-c.md'];
    names.forEach((name, i) => p.write(name, source(`記事${i}`, '本文です。')));

    const first = await p.build(names);
    expect(p.reads.at(-1)).toEqual(names.map((name) => `input/posts/${name}`));
    expect(first.converted).toBe(3);
    expect(first.documents.map((d) => d._raw.sourceFilePath)).toEqual(names.map((name) => `posts/${name}`));

    const second = await p.build(names);
    // Contentlayer still runs (it writes the typed module), on an empty folder; the documents come from the cache.
    expect(p.reads.at(-1)).toEqual([]);
    expect(second.converted).toBe(0);
    expect(second.collection).toBe(first.collection);
    expect(existsSync(path.join(p.dir, 'input'))).toBe(false);

    p.write(names[1], source('記事1（直した）', '本文を直しました。'));
    const third = await p.build(names);
    expect(p.reads.at(-1)).toEqual([`input/posts/${names[1]}`]);
    expect(third.converted).toBe(1);
    const documents = JSON.parse(third.collection) as (ContentlayerDocument & { body: { raw: string } })[];
    expect(documents.map((d) => d.body.raw)).toEqual(['本文です。\n', '本文を直しました。\n', '本文です。\n']);
    // Only the collection file is left of a partial run: no per-document files for one post beside it.
    expect(readdirSync(path.dirname(p.collectionFile))).toEqual(['_index.json']);
  });

  it("gives Contentlayer each post's body alone: it returns the same body.raw and never sees the post's YAML", async () => {
    const p = project();
    // A body that opens with a thematic break, which a reader without the empty front matter would take for front matter.
    const bodies = ['\n本文です。\n\n---\n\n後半。\n', '---\n区切りで始まる本文\n---\n', ''];
    const names = ['2025-01-01-a.md', '2025-01-02-b.md', '2025-01-03-c.md'];
    names.forEach((name, i) => p.write(name, `---\ntitle: 記事${i}\ndate: 2025-11-28 10:00:00 +0900\ntags: [a, b]\n---\n${bodies[i]}`));
    const { documents } = await p.build(names);
    for (const [i, name] of names.entries()) {
      const document = documents[i] as ContentlayerDocument & { body: { raw: string }; frontMatter: object };
      expect(document.body.raw).toBe(matter(readFileSync(path.join(p.dir, 'content', 'posts', name), 'utf8')).content);
      expect(document.body.raw).toBe(bodies[i]);
      expect(document.frontMatter).toEqual({});
    }
    expect(contentlayerInputText('本文')).toBe('---\n---\n本文');
  });

  it('gives Contentlayer many posts in batches, and still writes every document in order', async () => {
    const p = project();
    const names = ['2025-01-01-a.md', '2025-01-02-b.md', '2025-01-03-c.md', '2025-01-04-d.md', '2025-01-05-e.md'];
    names.forEach((name, i) => p.write(name, source(`記事${i}`, '本文です。')));
    const result = await p.build(names, 2);
    expect(p.reads).toEqual([
      names.slice(0, 2).map((name) => `input/posts/${name}`),
      names.slice(2, 4).map((name) => `input/posts/${name}`),
      names.slice(4).map((name) => `input/posts/${name}`),
    ]);
    expect(result.converted).toBe(5);
    expect(result.documents.map((d) => d._raw.sourceFilePath)).toEqual(names.map((name) => `posts/${name}`));
    expect(JSON.parse(result.collection)).toHaveLength(5);
  });

  it('runs batches in several lanes at once, each in its own folder, and writes every document in order', async () => {
    const p = project();
    const names = ['2025-01-01-a.md', '2025-01-02-b.md', '2025-01-03-c.md', '2025-01-04-d.md', '2025-01-05-e.md'];
    names.forEach((name, i) => p.write(name, source(`記事${i}`, '本文です。')));
    const result = await p.build(names, 2, false, 2);
    // Three batches (2, 2, 1): the first lane reads in the project, the second in its own folder.
    expect(p.reads).toHaveLength(3);
    expect(p.reads[0]).toEqual(names.slice(0, 2).map((name) => `input/posts/${name}`));
    expect(p.reads[1]).toEqual(names.slice(2, 4).map((name) => `lanes/1/input/posts/${name}`));
    expect(p.reads.flat().map((read) => path.basename(read)).sort()).toEqual(names);
    expect(result.converted).toBe(5);
    expect(result.documents.map((d) => d._raw.sourceFilePath)).toEqual(names.map((name) => `posts/${name}`));
    expect(JSON.parse(result.collection).map((d: ContentlayerDocument) => d._raw.sourceFilePath)).toEqual(names.map((name) => `posts/${name}`));
    expect(existsSync(path.join(p.dir, 'lanes'))).toBe(false);
    expect(readdirSync(path.dirname(p.collectionFile))).toEqual(['_index.json']);

    // Cached again: one empty run, in the first lane, which writes the typed module.
    const again = await p.build(names, 2, false, 2);
    expect(p.reads.at(-1)).toEqual([]);
    expect(p.reads).toHaveLength(4);
    expect(again.collection).toBe(result.collection);
  });

  it('runs no more lanes than full batches: posts that fit one batch are one run, in the project', async () => {
    const p = project();
    const names = ['2025-01-01-a.md', '2025-01-02-b.md', '2025-01-03-c.md'];
    names.forEach((name, i) => p.write(name, source(`記事${i}`, '本文です。')));
    const result = await p.build(names, 3, false, 2);
    expect(p.reads).toEqual([names.map((name) => `input/posts/${name}`)]);
    expect(result.converted).toBe(3);
  });

  it('cuts the posts into even batches, as many as a multiple of the lanes', () => {
    expect(batchSizeFor(10_000, 2000, 2)).toBe(1667); // 6 batches, 3 a lane
    expect(batchSizeFor(1000, 2000, 2)).toBe(500);
    expect(batchSizeFor(5, 2, 1)).toBe(2);
    expect(batchSizeFor(4001, 2000, 1)).toBe(1334);
    expect(batchSizeFor(0, 2000, 2)).toBe(1);
  });

  it('reads the whole content folder in one run when asked (npm run dev), cached documents or not', async () => {
    const p = project();
    const names = ['2025-01-01-a.md', '2025-01-02-b.md', '2025-01-03-c.md'];
    names.forEach((name, i) => p.write(name, source(`記事${i}`, '本文です。')));
    const first = await p.build(names, 2);
    const again = await p.build(names, 2, true);
    expect(p.reads.at(-1)).toEqual(names.map((name) => `content/posts/${name}`));
    expect(again.converted).toBe(3);
    expect(again.collection).not.toBe(first.collection); // made from the folder itself this time (madeIn)
    expect(again.documents.map((d) => d._raw.sourceFilePath)).toEqual(first.documents.map((d) => d._raw.sourceFilePath));
  });

  it('has Contentlayer make again a cached document that cannot be read (a torn write), and still writes every document', async () => {
    const p = project();
    const names = ['2025-01-01-a.md', '2025-01-02-b.md', '2025-01-03-c.md'];
    names.forEach((name, i) => p.write(name, source(`記事${i}`, '本文です。')));
    const first = await p.build(names);
    const torn = readdirSync(path.join(p.dir, 'cache')).filter((name) => name.endsWith('.document.json'))[0];
    writeFileSync(path.join(p.dir, 'cache', torn), '{"_raw": ');
    const again = await p.build(names);
    // The first run had nothing missing (it writes the typed module); the torn one went to a run of its own.
    expect(p.reads.slice(-2)[0]).toEqual([]);
    expect(p.reads.at(-1)).toHaveLength(1);
    expect(again.converted).toBe(1);
    expect(again.collection).toBe(first.collection);
  });

  it('names the post whose document and entry are both torn, which nothing can be made from, and writes nothing then', async () => {
    const p = project();
    const names = ['2025-01-01-a.md', '2025-01-02-b.md'];
    names.forEach((name, i) => p.write(name, source(`記事${i}`, '本文です。')));
    await p.build(names);
    const document = readdirSync(path.join(p.dir, 'cache')).filter((name) => name.endsWith('.document.json'))[0];
    writeFileSync(path.join(p.dir, 'cache', document), '{"_raw": ');
    writeFileSync(path.join(p.dir, 'cache', document.replace('.document.json', '.json')), '{"format":1,"po');
    const again = await p.build(names);
    expect(again.problems).toHaveLength(1);
    expect(again.problems[0]).toMatch(/^\S+\/posts\/2025-01-0[12]-[ab]\.md:1: cache: 内容キャッシュの項目と文書が両方とも読めません。/);
    expect(again.documents).toEqual([]);
  });

  it('names every post Contentlayer left out, and writes nothing then', async () => {
    const p = project();
    p.write('2025-01-01-a.md', source('記事', '本文'));
    const cache = new PostCache(path.join(p.dir, 'cache'), path.join(p.dir, 'public'));
    const file = path.posix.join(p.dir, 'content', 'posts', '2025-01-01-a.md');
    const text = readFileSync(file, 'utf8');
    const post: ValidPost = { ...parseValidPost(file, text), source: text, bodyStartLine: 5 };
    const { keys } = await preparePosts([post], {
      contentDir: path.join(p.dir, 'content'),
      cache,
      version: 'v1',
      render: async (post) => preparePostFrom(post),
    });
    const result = await contentlayerDocuments([post], {
      contentDir: path.join(p.dir, 'content'),
      cache,
      keys,
      preparedTable: path.join(p.dir, 'table.json'),
      collectionFile: p.collectionFile,
      inputDir: path.join(p.dir, 'input'),
      run: () => ({ ok: true, output: '' }),
    });
    expect(result.problems).toContain(`${file}:1: document: Contentlayer がこの記事を出力しませんでした`);
    expect(result.documents).toEqual([]);
    expect(cache.getDocument(keys[file])).toBeUndefined();
  });
});

describe('PostCache documents', () => {
  it('keeps a document only beside an entry this run read, and drops it when the entry is written again', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'post-cache-documents-'));
    folders.push(dir);
    const cache = new PostCache(dir, path.join(dir, 'public'));
    const post = await preparePostFrom(parseValidPost('content/posts/2025-01-01-a.md', source('記事', '本文')));
    expect(() => cache.setDocument('k1', { a: 1 })).toThrow();
    cache.set('k1', 'content/posts/2025-01-01-a.md', post);
    cache.setDocument('k1', { a: 1 });
    expect(cache.getDocument('k1')).toEqual({ a: 1 });

    const next = new PostCache(dir, path.join(dir, 'public'));
    expect(next.getDocument('k1')).toBeUndefined(); // the entry was not read in this run
    expect(next.get('k1')).toBeDefined();
    expect(next.getDocument('k1')).toEqual({ a: 1 });
    next.set('k1', 'content/posts/2025-01-01-a.md', post); // rendered again: the old document no longer fits
    expect(next.getDocument('k1')).toBeUndefined();

    next.setDocument('k1', { a: 2 });
    const third = new PostCache(dir, path.join(dir, 'public'));
    expect(third.prune()).toBe(1);
    expect(readdirSync(dir)).toEqual([]);
  });
});
