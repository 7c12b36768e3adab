/**
 * Contentlayer's collection file (`.contentlayer/generated/Post/_index.json`), written
 * and read one document at a time.
 *
 * The file is a JSON array of every post's document, about 13 KB a post. Made or read
 * as one string it stops the build at about 73,000 posts: V8's longest string is
 * 536,870,888 characters in Node 20 (`buffer.constants.MAX_STRING_LENGTH`), and the
 * two-space JSON of 10,000 benchmark posts is 73 million (BENCHMARKS.md). Each
 * document's own JSON is small, so the file is written from them, and read back by
 * cutting the array into its elements at the byte level before parsing each.
 */
import { closeSync, openSync, readSync, writeSync } from 'node:fs';

/** Bytes gathered before each write, and read at a time. */
const CHUNK_BYTES = 1 << 20;

/**
 * Writes `documents` as `JSON.stringify(documents, null, 2)` would (Contentlayer's own
 * format, byte for byte), without ever holding the whole text.
 */
export function writeCollectionFile(file: string, documents: readonly object[]): void {
  const fd = openSync(file, 'w');
  try {
    if (documents.length === 0) {
      writeSync(fd, '[]');
      return;
    }
    let pending = '';
    documents.forEach((document, index) => {
      // An element is its own two-space JSON indented one level: JSON strings hold no raw line breaks.
      pending += `${index === 0 ? '[\n  ' : ',\n  '}${JSON.stringify(document, null, 2).replaceAll('\n', '\n  ')}`;
      if (pending.length >= CHUNK_BYTES) {
        writeSync(fd, pending);
        pending = '';
      }
    });
    writeSync(fd, `${pending}\n]`);
  } finally {
    closeSync(fd);
  }
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const COMMA = 0x2c;

function isWhitespace(byte: number): boolean {
  return byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;
}

/**
 * The documents of a collection file (any JSON array of objects, indented or not),
 * each parsed from its own bytes and passed through `keep`, so that a reader holds
 * only the fields it needs of each (the search step: about half of a document). UTF-8 never uses the bytes of `"`, `\`, brackets or
 * braces inside a multi-byte character, so the cut needs no decoding; a chunk
 * boundary inside an element only carries its bytes over. Any other shape (not an
 * array of objects, or cut short) is an error naming the file.
 */
export function readCollectionFile<Document, Kept = Document>(
  file: string,
  keep: (document: Document) => Kept = (document) => document as unknown as Kept,
  chunkBytes = CHUNK_BYTES,
): Kept[] {
  const malformed = (why: string) => new Error(`${file}: Contentlayer の記事一覧の形式が正しくありません（${why}）。npm run content をやり直してください`);
  const documents: Kept[] = [];
  const chunk = Buffer.alloc(chunkBytes);
  /** Bytes of the current element from earlier chunks. */
  let carried: Buffer[] = [];
  /** 0 before the array, 1 inside it between elements, 2 and more inside an element; -1 after it. */
  let depth = 0;
  let inString = false;
  let escaped = false;
  const fd = openSync(file, 'r');
  try {
    for (let read = readSync(fd, chunk, 0, chunkBytes, null); read > 0; read = readSync(fd, chunk, 0, chunkBytes, null)) {
      let elementStart = depth >= 2 ? 0 : -1;
      for (let i = 0; i < read; i++) {
        const byte = chunk[i];
        if (inString) {
          if (escaped) escaped = false;
          else if (byte === BACKSLASH) escaped = true;
          else if (byte === QUOTE) inString = false;
        } else if (depth >= 2) {
          if (byte === QUOTE) inString = true;
          else if (byte === OPEN_OBJECT || byte === OPEN_ARRAY) depth++;
          else if ((byte === CLOSE_OBJECT || byte === CLOSE_ARRAY) && --depth === 1) {
            const bytes = Buffer.concat([...carried, chunk.subarray(elementStart, i + 1)]);
            carried = [];
            elementStart = -1;
            let document: Document;
            try {
              document = JSON.parse(bytes.toString('utf8')) as Document;
            } catch (error) {
              throw malformed(`${documents.length + 1} 件目: ${error instanceof Error ? error.message : String(error)}`);
            }
            documents.push(keep(document));
          }
        } else if (isWhitespace(byte)) {
          continue;
        } else if (depth === 0 && byte === OPEN_ARRAY) {
          depth = 1;
        } else if (depth === 1 && byte === OPEN_OBJECT) {
          depth = 2;
          elementStart = i;
        } else if (depth === 1 && byte === COMMA) {
          continue;
        } else if (depth === 1 && byte === CLOSE_ARRAY) {
          depth = -1;
        } else {
          throw malformed(depth === 0 ? '配列ではありません' : depth === 1 ? `${documents.length + 1} 件目がオブジェクトではありません` : '配列の後に余分なデータがあります');
        }
      }
      if (elementStart >= 0) carried.push(Buffer.from(chunk.subarray(elementStart, read)));
    }
  } finally {
    closeSync(fd);
  }
  if (depth !== -1) throw malformed(depth === 0 ? '空のファイルです' : '途中で切れています');
  return documents;
}
