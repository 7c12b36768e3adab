import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readLinkCards } from './link-cards';

const folders: string[] = [];
afterAll(() => folders.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function contentFolder(cards?: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'link-cards-'));
  folders.push(dir);
  if (cards !== undefined) writeFileSync(path.join(dir, 'link-cards.json'), cards);
  return dir;
}

describe('readLinkCards', () => {
  it('has no cards without the file, and reads the cards of a whole one', () => {
    expect(readLinkCards(contentFolder()).size).toBe(0);
    const dir = contentFolder(JSON.stringify({ 'https://example.jp/report': { title: '決算の解説', siteName: '例のサイト' } }));
    expect([...readLinkCards(dir).values()].map((card) => card.title)).toEqual(['決算の解説']);
  });

  it('refuses a file that is not JSON, naming it, instead of silently dropping every card', () => {
    const dir = contentFolder('{"https://example.jp/report": {"title": "途中で切れた');
    expect(() => readLinkCards(dir)).toThrow(new RegExp(`${path.join(dir, 'link-cards.json').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:1: link-cards: JSON として読めません`));
  });
});
