import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { updateLinkCards } from './update-cards';

const JPEG = Buffer.from('FFD8FFE000104A46494600010100000100010000FFC0001108001000100301220002110103110100FFD9', 'hex');
const GIF = Buffer.from('R0lGODlhAQABAIAAAP///wAAACwAAAAAAQABAAACAkQBADs=', 'base64');

/** A fake network: each URL answers with a fixed response; anything else is a failed lookup. Records every request. */
function fakeNetwork(pages: Record<string, { body: string | Buffer; type: string; status?: number }>) {
  const asked: string[] = [];
  const fetch = (async (input: URL | string) => {
    const url = String(input);
    asked.push(url);
    const page = pages[url];
    if (!page) throw new TypeError('fetch failed (getaddrinfo ENOTFOUND)');
    return new Response(new Uint8Array(Buffer.from(page.body)), { status: page.status ?? 200, headers: { 'content-type': page.type } });
  }) as typeof globalThis.fetch;
  return { fetch, asked };
}

function writer(body: string, cards?: unknown) {
  const root = mkdtempSync(path.join(tmpdir(), 'cards-'));
  const contentDir = path.join(root, 'content');
  const publicDir = path.join(root, 'public');
  mkdirSync(path.join(contentDir, 'posts'), { recursive: true });
  writeFileSync(path.join(contentDir, 'posts', '2025-12-01-sample.md'), `---\ntitle: "サンプル"\ndate: 2025-12-01\n---\n\n${body}\n`);
  if (cards) writeFileSync(path.join(contentDir, 'link-cards.json'), JSON.stringify(cards));
  return { contentDir, publicDir, cardsFile: path.join(contentDir, 'link-cards.json') };
}

describe('updateLinkCards (npm run cards)', () => {
  it('stores OGP cards with their images, YouTube thumbnails, and reports failures without stopping', async () => {
    const site = writer(
      [
        'https://news.example.jp/a',
        '',
        'https://www.youtube.com/watch?v=M7lc1UVf-VE',
        '',
        'https://x.com/technewsdesk_jp/status/1862000000000000000',
        '',
        'https://down.example/',
        '',
        'https://big.example/',
        '',
        '本文中の https://inline.example/ は対象外。',
      ].join('\n'),
    );
    const network = fakeNetwork({
      'https://news.example.jp/a': {
        type: 'text/html; charset=utf-8',
        body: '<meta property="og:title" content="半導体の記事"><meta property="og:site_name" content="例"><meta property="og:image" content="/cover.gif">',
      },
      'https://news.example.jp/cover.gif': { type: 'image/gif', body: GIF },
      'https://i.ytimg.com/vi/M7lc1UVf-VE/hqdefault.jpg': { type: 'image/jpeg', body: JPEG },
      'https://big.example/': { type: 'text/html', body: `<title>大きい</title>${'x'.repeat(1_100_000)}` },
    });
    const lines: string[] = [];
    const result = await updateLinkCards({ ...site, fetch: network.fetch, log: (line) => lines.push(line), now: () => new Date('2025-12-01T00:00:00Z') });

    expect(result.stored).toEqual(['https://news.example.jp/a', 'https://www.youtube.com/watch?v=M7lc1UVf-VE']);
    expect(result.failed).toEqual(['https://down.example/', 'https://big.example/']);
    expect(lines.some((line) => line.startsWith('✗ https://big.example/') && line.includes('大きすぎ'))).toBe(true);
    // Nothing is asked of X, nor of a URL inside a sentence.
    expect(network.asked.some((url) => /x\.com|inline\.example/.test(url))).toBe(false);

    const cards = JSON.parse(readFileSync(site.cardsFile, 'utf8'));
    expect(Object.keys(cards)).toEqual(['https://news.example.jp/a']);
    const card = cards['https://news.example.jp/a'];
    expect(card).toMatchObject({ title: '半導体の記事', siteName: '例', fetchedAt: '2025-12-01T00:00:00.000Z' });
    expect(card.image).toMatch(/^\/embeds\/cards\/[0-9a-f]{16}\.gif$/);
    expect(readFileSync(path.join(site.publicDir, card.image))).toEqual(GIF);
    expect(readFileSync(path.join(site.publicDir, 'embeds/youtube/M7lc1UVf-VE.jpg'))).toEqual(JPEG);
  });

  it('skips what it already has, unless refresh, and keeps the fetch date', async () => {
    const site = writer('https://news.example.jp/a', { 'https://news.example.jp/a': { title: '保存済み', fetchedAt: '2025-11-01T00:00:00.000Z' } });
    const network = fakeNetwork({});
    await updateLinkCards({ ...site, fetch: network.fetch, log: () => {} });
    expect(network.asked).toEqual([]);
    expect(JSON.parse(readFileSync(site.cardsFile, 'utf8'))).toEqual({ 'https://news.example.jp/a': { title: '保存済み', fetchedAt: '2025-11-01T00:00:00.000Z' } });
    await updateLinkCards({ ...site, refresh: true, fetch: network.fetch, log: () => {} });
    expect(network.asked).toEqual(['https://news.example.jp/a']);
  });

  it('keeps a card without its image when the image is not an image, and stores nothing for a page that is not HTML', async () => {
    const site = writer('https://news.example.jp/a\n\nhttps://news.example.jp/file.pdf');
    const network = fakeNetwork({
      'https://news.example.jp/a': { type: 'text/html', body: '<title>記事</title><meta property="og:image" content="https://cdn.example/x.png">' },
      'https://cdn.example/x.png': { type: 'image/png', body: '<svg onload=alert(1)>' },
      'https://news.example.jp/file.pdf': { type: 'application/pdf', body: '%PDF-1.7' },
    });
    const result = await updateLinkCards({ ...site, fetch: network.fetch, log: () => {} });
    expect(result.failed).toEqual(['https://news.example.jp/file.pdf']);
    expect(JSON.parse(readFileSync(site.cardsFile, 'utf8'))).toEqual({ 'https://news.example.jp/a': { title: '記事', fetchedAt: expect.any(String) } });
    expect(existsSync(path.join(site.publicDir, 'embeds', 'cards'))).toBe(false);
  });
});
