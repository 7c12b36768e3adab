import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Post as PostDocument } from 'contentlayer/generated';
import { GENERATED_FILES } from '../config';
import { loadContentBuildTime, loadPostBody, loadPostSummaries, postBodyFile, writePostStore } from './generated';

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

  it('reads a body under the bodies folder the content step writes, by literal folders', () => {
    const source = readFileSync('lib/posts/generated.ts', 'utf8');
    const folders = GENERATED_FILES.postBodies.split('/').map((part) => `'${part}'`).join(', ');
    expect(source).toContain(`path.join(process.cwd(), ${folders}, postBodyFile(slug))`);
  });
});

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

describe('the post store', () => {
  let root: string;
  const now = new Date('2025-11-28T00:00:00Z');

  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'post-store-'));
    vi.spyOn(process, 'cwd').mockReturnValue(root);
    delete (globalThis as { __postSummaries?: unknown }).__postSummaries;
    const files = { postSummaries: path.join(root, GENERATED_FILES.postSummaries), postBodies: path.join(root, GENERATED_FILES.postBodies) };
    writePostStore(
      [
        doc('日銀会合', '2025-11-20T00:00:00Z'),
        doc('nvidia-q3', '2025-11-21T00:00:00Z', { html: '<p>売上高は<strong>過去最高</strong></p>' }),
        doc('draft-roundup', '2025-11-22T00:00:00Z', { draft: true }),
        doc('embargoed', '2025-12-01T00:00:00Z'),
      ],
      { now, includeUnpublished: false },
      files,
    );
  });

  afterEach(() => {
    vi.restoreAllMocks();
    delete (globalThis as { __postSummaries?: unknown }).__postSummaries;
    rmSync(root, { recursive: true, force: true });
  });

  it('keeps the published posts only, newest first, and no body in the summaries', async () => {
    const summaries = await loadPostSummaries();
    expect(summaries.map((post) => post.slug)).toEqual(['nvidia-q3', '日銀会合']);
    expect(summaries[0]).toMatchObject({ title: 'nvidia-q3 の記事', tags: ['半導体'], excerpt: 'nvidia-q3 の要約' });
    const text = readFileSync(path.join(root, GENERATED_FILES.postSummaries), 'utf8');
    expect(text).not.toContain('本文');
    expect(text).not.toContain('_raw');
  });

  it('writes one file per published post, and no draft or scheduled post in the deployment', () => {
    const bodies = path.join(root, GENERATED_FILES.postBodies);
    const written = readdirSync(bodies, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
    expect(written).toHaveLength(2);
    expect(existsSync(path.join(bodies, postBodyFile('日銀会合')))).toBe(true);
    expect(existsSync(path.join(bodies, postBodyFile('embargoed')))).toBe(false);
    expect(existsSync(path.join(bodies, postBodyFile('draft-roundup')))).toBe(false);
  });

  it('reads one post by its own file: the HTML and headings come back as written', async () => {
    // Another post's file broken: reading this one must not touch it.
    writeFileSync(path.join(root, GENERATED_FILES.postBodies, postBodyFile('日銀会合')), 'not brotli');
    expect(await loadPostBody('nvidia-q3')).toEqual({
      html: '<p>売上高は<strong>過去最高</strong></p>',
      headings: [{ depth: 2, text: '見出し', id: '見出し' }],
    });
  });

  it('names body files by a hash of the slug, in 256 folders, whatever the slug holds', () => {
    expect(postBodyFile('日銀会合')).toMatch(/^[0-9a-f]{2}\/[0-9a-f]{22}\.json\.br$/);
    expect(postBodyFile('日銀会合')).not.toBe(postBodyFile('日銀会合-2'));
    expect(postBodyFile('../../etc/passwd')).toMatch(/^[0-9a-f]{2}\/[0-9a-f]{22}\.json\.br$/);
  });

  it('fails naming the file when a post has no body file', async () => {
    await expect(loadPostBody('embargoed')).rejects.toThrow(/bodies/);
  });
});
