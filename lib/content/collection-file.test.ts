import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readCollectionFile, writeCollectionFile } from './collection-file';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'collection-file-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Documents whose strings hold every byte the reader cuts at, and characters of several UTF-8 lengths. */
const documents = [
  {
    _id: 'posts/2025-11-28-生成ai.md',
    title: '生成AIの「}」と "引用" と \\ の記事 🚀',
    html: '<p>配列 [1, 2] と {a: 1}</p>\n<pre><code>if (x) { return "\\"" }</code></pre>',
    tags: ['AI', '半導体'],
    body: { raw: '---\n---\n本文の一行目\n二行目 \\n はそのまま' },
    readingTime: 3,
    draft: false,
  },
  { _id: 'posts/empty.md', title: '', tags: [], nested: { list: [{ a: [] }, {}] } },
  { _id: 'posts/third.md', title: 'Ünïcödé とひらがな', escaped: '\u0000\u001f\u2028' },
];

describe('writeCollectionFile', () => {
  it("writes Contentlayer's two-space JSON byte for byte", () => {
    const file = path.join(dir, '_index.json');
    writeCollectionFile(file, documents);
    expect(readFileSync(file, 'utf8')).toBe(JSON.stringify(documents, null, 2));
  });

  it('writes an empty collection as []', () => {
    const file = path.join(dir, '_index.json');
    writeCollectionFile(file, []);
    expect(readFileSync(file, 'utf8')).toBe(JSON.stringify([], null, 2));
  });

  it('is the same across its write buffer: many documents', () => {
    const file = path.join(dir, '_index.json');
    const many = Array.from({ length: 400 }, (_, i) => ({ _id: `posts/${i}.md`, html: `<p>${'本文'.repeat(2000)}${i}</p>` }));
    writeCollectionFile(file, many);
    expect(readFileSync(file, 'utf8')).toBe(JSON.stringify(many, null, 2));
  });
});

describe('readCollectionFile', () => {
  it('reads back what was written, in order', () => {
    const file = path.join(dir, '_index.json');
    writeCollectionFile(file, documents);
    expect(readCollectionFile(file)).toEqual(documents);
  });

  it.each([1, 2, 3, 7, 64])('cuts elements right when chunks of %i bytes split strings, escapes and characters', (chunkBytes) => {
    const file = path.join(dir, '_index.json');
    writeCollectionFile(file, documents);
    expect(readCollectionFile(file, undefined, chunkBytes)).toEqual(documents);
  });

  it('keeps what `keep` makes of each document, in order', () => {
    const file = path.join(dir, '_index.json');
    writeCollectionFile(file, documents);
    expect(readCollectionFile(file, (document: { _id: string; title: string }) => ({ title: document.title }), 3)).toEqual(
      documents.map((document) => ({ title: document.title })),
    );
  });

  it('reads JSON written without indentation, and an empty array', () => {
    const file = path.join(dir, '_index.json');
    writeFileSync(file, JSON.stringify(documents));
    expect(readCollectionFile(file, undefined, 5)).toEqual(documents);
    writeFileSync(file, ' [ ] \n');
    expect(readCollectionFile(file)).toEqual([]);
  });

  it.each([
    ['an empty file', '', '空のファイル'],
    ['an object, not an array', '{"a": 1}', '配列ではありません'],
    ['an element that is not an object', '[{"a": 1}, "文字列"]', '2 件目がオブジェクトではありません'],
    ['a file cut short', JSON.stringify(documents, null, 2).slice(0, 200), '途中で切れています'],
    ['data after the array', '[{"a": 1}] {"b": 2}', '配列の後に余分なデータ'],
    ['an element that is not JSON', '[{"a": 1}, {"b": tru}]', '2 件目'],
  ])('fails on %s, naming the file', (_name, text, why) => {
    const file = path.join(dir, '_index.json');
    writeFileSync(file, text);
    expect(() => readCollectionFile(file)).toThrow(`${file}: Contentlayer の記事一覧の形式が正しくありません`);
    expect(() => readCollectionFile(file)).toThrow(why);
  });
});
