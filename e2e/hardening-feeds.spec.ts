/**
 * Issue 14, findings 2 and 8: the feeds stay one entry per post when parsed by
 * a real XML parser, and the Content-Security-Policy refuses inline event
 * handlers while the site's own (Next's inline) scripts keep working.
 */
import { XMLParser } from 'fast-xml-parser';
import { expect, test } from '@playwright/test';
import { postHref, publishedPosts, siteConfig } from './helpers';
import { showcasePost } from './reading-helpers';

const xmlParser = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['item', 'entry', 'link'].includes(name) });
const expectedPaths = publishedPosts.slice(0, siteConfig.feedSize).map((post) => postHref(post.slug));

test.describe('feeds parsed by a real XML parser', () => {
  test('/feed.xml has one <item> per published post, in order @any-viewport', async ({ request }) => {
    const response = await request.get('/feed.xml');
    expect(response.status()).toBe(200);
    const items: { link: string[] }[] = xmlParser.parse(await response.text()).rss.channel.item;
    expect(items.map((item) => decodeURI(new URL(item.link[0]).pathname))).toEqual(expectedPaths.map((p) => decodeURI(p)));
  });

  test('/atom.xml has one <entry> per published post, in order @any-viewport', async ({ request }) => {
    const response = await request.get('/atom.xml');
    expect(response.status()).toBe(200);
    const entries: { link: { '@_href': string }[] }[] = xmlParser.parse(await response.text()).feed.entry;
    expect(entries.map((entry) => decodeURI(new URL(entry.link[0]['@_href']).pathname))).toEqual(expectedPaths.map((p) => decodeURI(p)));
  });
});

test('an injected inline event handler does not run, and the page still hydrates and responds @any-viewport', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/.test(message.text())) violations.push(message.text());
  });
  // Counts what Next's inline <script> elements hand over (`self.__next_f.push(…)`, the data the page hydrates from).
  await page.addInitScript(() => {
    const w = window as unknown as { __next_f?: unknown[]; __inlineScriptPushes: number };
    w.__inlineScriptPushes = 0;
    const queue: unknown[] = [];
    const push = queue.push.bind(queue);
    queue.push = (...items: unknown[]) => {
      w.__inlineScriptPushes += 1;
      return push(...items);
    };
    w.__next_f = queue;
  });
  await page.goto(postHref(showcasePost().slug));
  expect(await page.evaluate(() => (window as unknown as { __inlineScriptPushes: number }).__inlineScriptPushes)).toBeGreaterThan(0);

  // …and hydration happened: the theme toggle (a React handler) works. Retried, in case a click lands before hydration.
  const toggle = page.getByRole('button', { name: 'ダークモード' });
  const before = await page.locator('html').getAttribute('data-theme');
  await expect(async () => {
    await toggle.click();
    await expect(page.locator('html')).not.toHaveAttribute('data-theme', before ?? '', { timeout: 1_000 });
  }).toPass();

  const blocked = await page.evaluate(async () => {
    const w = window as unknown as { __pwned?: number };
    const violated: string[] = [];
    document.addEventListener('securitypolicyviolation', (event) => violated.push(event.effectiveDirective));
    const imageFailed = new Promise((resolve) => {
      document.addEventListener('error', resolve, { capture: true, once: true });
    });
    document.body.insertAdjacentHTML(
      'beforeend',
      '<img id="pwn-img" src="/nonexistent-hardening.png" alt="" onerror="window.__pwned = 1"><button id="pwn-button" onclick="window.__pwned = 2">押す</button>',
    );
    // The handler would have run by the time the error event reaches the document.
    await imageFailed;
    document.getElementById('pwn-button')!.click();
    await new Promise((resolve) => setTimeout(resolve, 100));
    return { pwned: w.__pwned, violated };
  });
  expect(blocked.pwned).toBeUndefined();
  expect(blocked.violated).toEqual(['script-src-attr', 'script-src-attr']);
  expect(violations.length).toBeGreaterThan(0);
});
