import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { renderMarkdownToHtml } from '../render';
import { forEachElement } from './hast';

/** What a browser would act on in the HTML: every element with its attributes, as parsed. */
function elements(html: string): Element[] {
  const found: Element[] = [];
  forEachElement(fromHtml(html, { fragment: true }), (element) => {
    found.push(element);
  });
  return found;
}

/** No script, no event handler, no script or data URL, no image from another host, no iframe. */
function expectInert(html: string, label = '') {
  for (const element of elements(html)) {
    expect(['script', 'iframe', 'object', 'embed', 'style'], label).not.toContain(element.tagName);
    for (const [name, value] of Object.entries(element.properties)) {
      expect(name, label).not.toMatch(/^on/i);
      if (name === 'href' || name === 'src') expect(String(value), label).not.toMatch(/^\s*(javascript|data|vbscript):/i);
    }
    if (element.tagName === 'img') expect(String(element.properties.src), label).toMatch(/^\/(?!\/)/);
  }
}

/** A content folder with the given link-cards.json, and a public folder with one card image. */
function site(cards: unknown): { contentDir: string; publicDir: string } {
  const root = mkdtempSync(path.join(tmpdir(), 'embeds-'));
  const contentDir = path.join(root, 'content');
  const publicDir = path.join(root, 'public');
  mkdirSync(contentDir);
  mkdirSync(path.join(publicDir, 'embeds', 'cards'), { recursive: true });
  writeFileSync(path.join(contentDir, 'link-cards.json'), typeof cards === 'string' ? cards : JSON.stringify(cards));
  // A 1×1 GIF.
  writeFileSync(path.join(publicDir, 'embeds', 'cards', 'boj.gif'), Buffer.from('R0lGODlhAQABAIAAAP///wAAACwAAAAAAQABAAACAkQBADs=', 'base64'));
  return { contentDir, publicDir };
}

const none = site({});

describe('YouTube: a lite player', () => {
  it.each([
    'https://www.youtube.com/watch?v=M7lc1UVf-VE',
    'https://youtu.be/M7lc1UVf-VE',
    'https://www.youtube.com/shorts/M7lc1UVf-VE',
    'https://www.youtube.com/embed/M7lc1UVf-VE',
    'https://m.youtube.com/watch?v=M7lc1UVf-VE&feature=share',
  ])('%s → a button 「YouTube動画を再生」 and no iframe', async (url) => {
    const html = await renderMarkdownToHtml(`会見の様子です。\n\n${url}\n`, none);
    expect(html).toContain('<div class="lite-youtube" data-youtube-id="M7lc1UVf-VE">');
    expect(html).toContain('<button class="lite-youtube__play" type="button">');
    expect(html).toContain('YouTube動画を再生');
    expect(html).not.toMatch(/<iframe|ytimg|youtube-nocookie/);
    expect(html).toContain('href="https://www.youtube.com/watch?v=M7lc1UVf-VE"');
  });

  it('keeps a start time as seconds', async () => {
    const html = await renderMarkdownToHtml('https://youtu.be/M7lc1UVf-VE?t=1m30s', none);
    expect(html).toContain('data-youtube-start="90"');
    expect(html).toContain('（1:30 から再生）');
  });

  it('is a bare URL only: a URL inside a sentence or a list stays a link', async () => {
    const inSentence = await renderMarkdownToHtml('動画 https://youtu.be/M7lc1UVf-VE を参照。', none);
    expect(inSentence).not.toContain('lite-youtube');
    expect(await renderMarkdownToHtml('- https://youtu.be/M7lc1UVf-VE', none)).not.toContain('lite-youtube');
    expect(await renderMarkdownToHtml('[動画](https://youtu.be/M7lc1UVf-VE)', none)).not.toContain('lite-youtube');
  });

  it('refuses ids that are not YouTube’s 11 characters: hostile ids never reach an attribute', async () => {
    for (const url of [
      'https://www.youtube.com/watch?v=abc"onmouseover="alert(1)',
      'https://www.youtube.com/watch?v=M7lc1UVf-VE%22%3E%3Cscript%3E',
      'https://youtu.be/M7lc1UVf-VE/../../evil',
      'https://www.youtube.com.evil.example/watch?v=M7lc1UVf-VE',
    ]) {
      const html = await renderMarkdownToHtml(url, none);
      expect(html, url).not.toContain('lite-youtube');
      expectInert(html, url);
    }
  });
});

describe('X posts: a quote card with no third-party script', () => {
  it.each(['https://x.com/technewsdesk_jp/status/1862000000000000000', 'https://twitter.com/technewsdesk_jp/status/1862000000000000000?s=20'])(
    '%s → a card linking to the post on x.com',
    async (url) => {
      const html = await renderMarkdownToHtml(url, none);
      expect(html).toContain('<div class="link-card link-card--x"><a class="link-card__link external-link" href="https://x.com/technewsdesk_jp/status/1862000000000000000"');
      expect(html).toContain('@technewsdesk_jp さんのポストを X で読む');
      expect(html).not.toMatch(/widgets\.js|<script|<iframe|<blockquote class="twitter-tweet"/);
    },
  );

  it('a profile or a malformed status is a plain link', async () => {
    expect(await renderMarkdownToHtml('https://x.com/technewsdesk_jp', none)).not.toContain('link-card');
    expect(await renderMarkdownToHtml('https://x.com/<b>/status/1', none)).not.toContain('link-card');
  });
});

describe('other URLs: a link card from content/link-cards.json', () => {
  const cards = site({
    'https://www.boj.or.jp/mopo/': { title: '金融政策', description: '決定会合の資料', siteName: '日本銀行', image: '/embeds/cards/boj.gif' },
  });

  it('shows the title, description, site name and local image', async () => {
    const html = await renderMarkdownToHtml('https://www.boj.or.jp/mopo/', cards);
    expect(html).toContain('<div class="link-card"><a class="link-card__link external-link" href="https://www.boj.or.jp/mopo/"');
    expect(html).toContain('<span class="link-card__title">金融政策</span>');
    expect(html).toContain('<span class="link-card__description">決定会合の資料</span>');
    expect(html).toContain('<span class="link-card__site">日本銀行（www.boj.or.jp）</span>');
    expect(html).toContain('<img class="embed__image" src="/embeds/cards/boj.gif" alt="" width="1" height="1"');
  });

  it('a URL without a card stays the plain link it was', async () => {
    const html = await renderMarkdownToHtml('https://example.com/no-card', cards);
    expect(html).toMatch(/^<p><a href="https:\/\/example.com\/no-card"/);
    expect(html).not.toContain('link-card');
  });

  it('escapes hostile card text and drops remote, relative-to-root-escaping and script images', async () => {
    const hostile = site({
      'https://evil.example/': {
        title: '<img src=x onerror=alert(1)>"><script>alert(1)</script>',
        description: 'javascript:alert(1)\u202e\u0000',
        siteName: '<b>悪</b>',
        image: 'https://tracker.example/pixel.gif',
      },
      'https://evil.example/2': { title: 'リンク', image: '/embeds/cards/../../../etc/passwd.png' },
      'https://evil.example/3': { title: 'リンク', image: 'javascript:alert(1)' },
      'javascript:alert(1)': { title: 'スクリプト' },
    });
    const html = await renderMarkdownToHtml('https://evil.example/\n\nhttps://evil.example/2\n\nhttps://evil.example/3', hostile);
    expectInert(html);
    expect(html).not.toMatch(/<b>|tracker\.example|passwd/);
    expect(elements(html).filter((element) => element.tagName === 'img')).toEqual([]);
    expect(html).toContain('<span class="link-card__title">&#x3C;img src=x onerror=alert(1)>">&#x3C;script>');
    expect(html).not.toContain('\u202e');
  });

  it('refuses a card file that is not JSON, and ignores one that is not an object and card entries without a title', async () => {
    // A broken file is an error naming it (the content step reports it once: lib/markdown/embeds/link-cards.test.ts).
    await expect(renderMarkdownToHtml('https://www.boj.or.jp/mopo/', site('{not json'))).rejects.toThrow(/link-cards\.json:1: link-cards: /);
    expect(await renderMarkdownToHtml('https://www.boj.or.jp/mopo/', site([1, 2]))).not.toContain('link-card');
    expect(await renderMarkdownToHtml('https://www.boj.or.jp/mopo/', site({ 'https://www.boj.or.jp/mopo/': { title: 42 } }))).not.toContain('link-card');
  });

  it('never embeds a javascript: or data: URL written as a link that shows itself', async () => {
    const html = await renderMarkdownToHtml('<p><a href="javascript:alert(1)">javascript:alert(1)</a></p>\n\n[data:text/html,x](data:text/html,x)', cards);
    expect(html).not.toContain('link-card');
    expectInert(html);
  });
});
