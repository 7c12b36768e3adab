/**
 * Whole-site gates against the production server: every link and asset
 * reachable from the home page works, every built page is reachable, and every
 * page type is valid HTML.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { LinkChecker, LinkState } from 'linkinator';
import { pageTypePaths, siteHtmlValidator } from './helpers';

// Runs in the desktop project only (see playwright.config.ts): the viewport changes neither links nor HTML.

/** HTML pages Next prerendered, by decoded path (feeds, images and internal routes are not pages). */
function builtPages(): string[] {
  const manifest = JSON.parse(readFileSync(path.join('.next', 'prerender-manifest.json'), 'utf8')) as { routes: Record<string, unknown> };
  return Object.keys(manifest.routes).filter(
    (route) => !route.startsWith('/_') && !/\.(xml|txt|svg|png|ico|json)$/.test(route) && !/(opengraph|twitter)-image/.test(route),
  );
}

const decodedPath = (url: string) => decodeURIComponent(new URL(url).pathname).normalize('NFC');

test('crawl from the home page: no broken links or assets, every built page reachable', async ({ baseURL }) => {
  test.setTimeout(180_000);
  const origin = new URL(baseURL!).origin;
  const checker = new LinkChecker();
  const crawledPages = new Set<string>();
  checker.on('pagestart', (url) => crawledPages.add(decodedPath(url)));

  const result = await checker.check({
    path: `${origin}/`,
    recurse: true,
    concurrency: 8,
    checkFragments: true,
    // No network here, and other sites are not ours to test: check our own origin only.
    linksToSkip: async (link) => !link.startsWith(origin),
  });

  const broken = result.links.filter((link) => link.state === LinkState.BROKEN).map((link) => `${link.status} ${link.url} (on ${link.parent})`);
  expect(broken).toEqual([]);
  const unreachable = builtPages().filter((page) => !crawledPages.has(page));
  expect(unreachable).toEqual([]);
  expect(crawledPages.size).toBeGreaterThanOrEqual(builtPages().length);
});

test('every page type is valid HTML', async ({ request }) => {
  const validator = siteHtmlValidator();
  for (const [name, pagePath] of Object.entries(pageTypePaths())) {
    const html = await (await request.get(pagePath)).text();
    const report = await validator.validateString(html, `${name}.html`);
    const errors = report.results.flatMap((r) => r.messages.map((m) => `${name} ${pagePath}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
    expect(errors, name).toEqual([]);
  }
});
