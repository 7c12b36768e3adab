import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { encodePack, readPackEntry } from './page-pack';

describe('the post store pack', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'page-pack-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const file = path.join(dir, 'ab.pack');

  it('gives back each entry exactly, and nothing for a key it does not hold', () => {
    const entries = new Map([
      ['k1', Buffer.from('日銀の記事')],
      ['k2', Buffer.alloc(0)],
      ['k3', Buffer.from([0, 255, 1, 254])],
    ]);
    writeFileSync(file, encodePack(entries));
    for (const [key, entry] of entries) expect(readPackEntry(file, key)?.equals(entry), key).toBe(true);
    expect(readPackEntry(file, 'k4')).toBeUndefined();
    // Keys are looked up as the table's own entries, not what every object inherits.
    expect(readPackEntry(file, 'constructor')).toBeUndefined();
    expect(readPackEntry(file, '__proto__')).toBeUndefined();
  });

  it('answers undefined for a pack that does not exist', () => {
    expect(readPackEntry(path.join(dir, 'missing.pack'), 'k1')).toBeUndefined();
  });

  it('names the pack when it is cut short or its table is not readable', () => {
    const whole = encodePack(new Map([['k1', Buffer.from('0123456789')]]));
    writeFileSync(file, whole.subarray(0, whole.length - 3));
    expect(() => readPackEntry(file, 'k1')).toThrow(`${file}: パックが途中で切れています`);
    writeFileSync(file, Buffer.concat([Buffer.from([0, 0, 0, 3]), Buffer.from('{{{')]));
    expect(() => readPackEntry(file, 'k1')).toThrow(`${file}: パックの目次を読めません`);
  });
});
