import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Post as PostDocument } from 'contentlayer/generated';
import { GENERATED_FILES } from '../config';
import { loadPostPage, loadPublishedSummaries, postPageLocation } from '../posts/generated';
import { encodePack, readPackEntry } from '../posts/page-pack';
import { writePostStore } from './post-store';

function doc(slug: string, date: string, extra: Partial<PostDocument> = {}): PostDocument {
  return {
    slug,
    title: `${slug} の記事`,
    date,
    lastModifiedAt: '',
    categories: ['AI'],
    tags: ['半導体'],
    author: '',
    excerpt: `${slug} の要約`,
    readingTime: 3,
    draft: false,
    updates: [],
    series: '',
    sponsored: false,
    disclaimer: true,
    html: `<p>${slug} の本文</p>`,
    headings: [{ depth: 2, text: '見出し', id: '見出し' }],
    body: { raw: `${slug} の本文`, html: '' },
    _id: `${slug}.md`,
    _raw: { sourceFilePath: `${slug}.md` },
    type: 'Post',
    ...extra,
  } as unknown as PostDocument;
}

// The writer (content step) and the reader (lib/posts/generated.ts, as a server runs it) against one scratch project.
describe('the post store', () => {
  let root: string;
  const now = new Date('2025-11-28T00:00:00Z');

  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'post-store-'));
    vi.spyOn(process, 'cwd').mockReturnValue(root);
    delete (globalThis as { __postSummaries?: unknown }).__postSummaries;
    writeStore(sampleDocuments());
  });

  function sampleDocuments(edits: Partial<PostDocument> = {}): PostDocument[] {
    return [
      doc('日銀会合', '2025-11-20T00:00:00Z', { series: '金融政策を読む', tags: ['ＡＩ'] }),
      doc('nvidia-q3', '2025-11-21T00:00:00Z', { html: '<p>売上高は<strong>過去最高</strong></p>', tags: ['AI', '半導体'], sponsored: true, ...edits }),
      doc('fed-december', '2025-11-22T00:00:00Z', { series: '金融政策を読む', tags: ['金利'] }),
      doc('draft-roundup', '2025-11-22T00:00:00Z', { draft: true }),
      doc('embargoed', '2025-12-01T00:00:00Z'),
    ];
  }

  function writeStore(documents: PostDocument[], cacheDir?: string) {
    const files = { postSummaries: path.join(root, GENERATED_FILES.postSummaries), postPages: path.join(root, GENERATED_FILES.postPages) };
    return writePostStore(documents, { now, includeUnpublished: false }, { files, cacheDir });
  }

  afterEach(() => {
    vi.restoreAllMocks();
    delete (globalThis as { __postSummaries?: unknown }).__postSummaries;
    rmSync(root, { recursive: true, force: true });
  });

  it('keeps the published posts only, newest first, one name per term, and no body in the summaries', async () => {
    const summaries = await loadPublishedSummaries();
    expect(summaries.map((post) => post.slug)).toEqual(['fed-december', 'nvidia-q3', '日銀会合']);
    // ＡＩ and AI are one tag: every post carries the name the term uses.
    expect(summaries.find((post) => post.slug === '日銀会合')?.tags).toEqual(summaries.find((post) => post.slug === 'nvidia-q3')?.tags.slice(0, 1));
    expect(summaries[1]).toMatchObject({ title: 'nvidia-q3 の記事', excerpt: 'nvidia-q3 の要約', scheduled: false, sponsored: true });
    const text = readFileSync(path.join(root, GENERATED_FILES.postSummaries), 'utf8');
    expect(text).not.toContain('本文');
    expect(text).not.toContain('_raw');
  });

  it('writes an entry per published post, and no draft or scheduled post into the deployment', () => {
    const pages = path.join(root, GENERATED_FILES.postPages);
    const entry = (slug: string) => readPackEntry(path.join(pages, postPageLocation(slug).pack), postPageLocation(slug).key);
    const packs = readdirSync(pages, { recursive: true, withFileTypes: true }).filter((file) => file.isFile());
    expect(packs.length).toBeGreaterThanOrEqual(1);
    expect(packs.every((file) => /^[0-9a-f]{2}\.pack$/.test(file.name))).toBe(true);
    expect(entry('日銀会合')).toBeInstanceOf(Buffer);
    expect(entry('embargoed')).toBeUndefined();
    expect(entry('draft-roundup')).toBeUndefined();
    expect(loadPostPage('embargoed')).toBeUndefined();
    expect(loadPostPage('draft-roundup')).toBeUndefined();
  });

  it("reads one post's page from its own entry: the post with its HTML, and the links around it", () => {
    // Another post's entry broken: reading this one must not touch it.
    const broken = postPageLocation('日銀会合');
    const packFile = path.join(root, GENERATED_FILES.postPages, broken.pack);
    const others = new Map<string, Buffer>();
    for (const slug of ['nvidia-q3', 'fed-december']) {
      const location = postPageLocation(slug);
      if (location.pack === broken.pack) others.set(location.key, readPackEntry(packFile, location.key)!);
    }
    writeFileSync(packFile, encodePack(new Map([...others, [broken.key, Buffer.from('not brotli')]])));
    expect(() => loadPostPage('日銀会合')).toThrow();
    const page = loadPostPage('nvidia-q3');
    expect(page?.post).toMatchObject({ slug: 'nvidia-q3', html: '<p>売上高は<strong>過去最高</strong></p>', headings: [{ depth: 2, text: '見出し', id: '見出し' }] });
    expect(page?.adjacent).toEqual({
      previous: { slug: '日銀会合', title: '日銀会合 の記事', date: '2025-11-20T00:00:00Z', sponsored: false },
      next: { slug: 'fed-december', title: 'fed-december の記事', date: '2025-11-22T00:00:00Z', sponsored: false },
    });
    // The related posts share the AI tag first; a link carries what its card shows and no more.
    expect(page?.related[0]).toEqual({ slug: '日銀会合', title: '日銀会合 の記事', date: '2025-11-20T00:00:00Z', sponsored: false });
    expect(page?.related.map((post) => post.slug)).not.toContain('draft-roundup');
    expect(page?.series).toBeUndefined();
  });

  it('takes unchanged packs from its cache, and compresses again only the packs whose pages changed', () => {
    const cacheDir = path.join(root, 'store-cache');
    const packsOf = (slugs: string[]) => new Set(slugs.map((slug) => postPageLocation(slug).pack)).size;
    const all = packsOf(['日銀会合', 'nvidia-q3', 'fed-december']);
    expect(writeStore(sampleDocuments(), cacheDir)).toEqual({ packs: all, reused: 0 });
    expect(writeStore(sampleDocuments(), cacheDir)).toEqual({ packs: all, reused: all });
    expect(loadPostPage('nvidia-q3')?.post.html).toBe('<p>売上高は<strong>過去最高</strong></p>');

    // An edit to the body changes that post's page only: its pack is made again, and the page shows the edit.
    const edited = writeStore(sampleDocuments({ html: '<p>売上高は<strong>過去最高</strong>（訂正済み）</p>' }), cacheDir);
    expect(edited).toEqual({ packs: all, reused: all - 1 });
    expect(loadPostPage('nvidia-q3')?.post.html).toBe('<p>売上高は<strong>過去最高</strong>（訂正済み）</p>');
    // Entries no longer used are dropped: one per pack.
    expect(readdirSync(cacheDir)).toHaveLength(all);

    // A new title is shown in the other posts' links (previous/next, related): their packs are made again too.
    const retitled = writeStore(sampleDocuments({ html: '<p>売上高は<strong>過去最高</strong>（訂正済み）</p>', title: '新しい見出し' }), cacheDir);
    expect(retitled.reused).toBe(0);
    expect(loadPostPage('日銀会合')?.adjacent.next?.title).toBe('新しい見出し');
  });

  it('gives a series part every part of its series, oldest first', () => {
    const page = loadPostPage('fed-december');
    expect(page?.series?.series.name).toBe('金融政策を読む');
    expect(page?.series?.parts.map((part) => part.slug)).toEqual(['日銀会合', 'fed-december']);
  });

  it('places posts by a hash of the slug, in 256 packs, whatever the slug holds', () => {
    expect(postPageLocation('日銀会合')).toEqual({ pack: expect.stringMatching(/^[0-9a-f]{2}\.pack$/), key: expect.stringMatching(/^[0-9a-f]{22}$/) });
    expect(postPageLocation('日銀会合').key).not.toBe(postPageLocation('日銀会合-2').key);
    expect(postPageLocation('../../etc/passwd').pack).toMatch(/^[0-9a-f]{2}\.pack$/);
  });
});
