/**
 * The file format of the post store's packs (`.contentlayer/store/posts/<xx>.pack`): the
 * page data of every post whose slug hashes to one of 256 prefixes, in one file.
 *
 * One file per post made a build create 10,000 files at 10,000 posts, 4.2–5.8 s of a warm
 * content step against 0.4 s for 256 packs (BENCHMARKS.md); a server function also carries
 * 256 files instead of one per post. Reading one post stays one small read: the pack opens
 * with a table of where each entry lies, and only that entry is read.
 *
 * Layout: a 4-byte big-endian length, that many bytes of JSON `{ key: [offset, length] }`,
 * then the entries, offsets counted from the end of the table.
 */
import { closeSync, openSync, readSync } from 'node:fs';

export function encodePack(entries: ReadonlyMap<string, Buffer>): Buffer {
  const table: Record<string, [number, number]> = {};
  let offset = 0;
  for (const [key, entry] of entries) {
    table[key] = [offset, entry.length];
    offset += entry.length;
  }
  const tableBytes = Buffer.from(JSON.stringify(table), 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32BE(tableBytes.length);
  return Buffer.concat([length, tableBytes, ...entries.values()]);
}

function readExactly(fd: number, length: number, position: number, file: string): Buffer {
  const buffer = Buffer.alloc(length);
  let done = 0;
  while (done < length) {
    const read = readSync(fd, buffer, done, length - done, position + done);
    if (read === 0) throw new Error(`${file}: パックが途中で切れています（${position + done} バイト目）`);
    done += read;
  }
  return buffer;
}

/** The entry `key` of the pack `file`, or undefined when the pack or the entry does not exist. */
export function readPackEntry(file: string, key: string): Buffer | undefined {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  try {
    const tableLength = readExactly(fd, 4, 0, file).readUInt32BE(0);
    let table: Record<string, [number, number] | undefined>;
    try {
      table = JSON.parse(readExactly(fd, tableLength, 4, file).toString('utf8')) as typeof table;
    } catch (error) {
      throw new Error(`${file}: パックの目次を読めません（${error instanceof Error ? error.message : String(error)}）`);
    }
    const at = Object.hasOwn(table, key) ? table[key] : undefined;
    return at && readExactly(fd, at[1], 4 + tableLength + at[0], file);
  } finally {
    closeSync(fd);
  }
}
