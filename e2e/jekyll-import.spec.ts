/**
 * Moving from Jekyll, end to end as far as one build allows. The e2e build is of this
 * repository's content/ (other specs count its posts), so the imported mini site
 * (test/fixtures/jekyll-site) is not in it: the importer is run here for real, into a
 * temporary content folder, and every old URL it lists is put through the same table
 * and the same proxy matcher (compiled by Next) that the server uses. Against the
 * running server, the old URLs of this site's own posts go through the proxy's
 * table in every spelling, and the site's routes are left alone.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as pageStaticInfo from 'next/dist/build/analysis/get-page-static-info.js';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { readPostFiles } from '../lib/content/files';
import { readJekyllSettings } from '../lib/content/jekyll-settings';
import { validatePosts } from '../lib/content/validate';
import { legacyUrlTable, resolveLegacyUrl, type IndexedPost } from '../lib/urls/legacy-urls';

const { getMiddlewareMatchers } = pageStaticInfo as unknown as {
  getMiddlewareMatchers: (matchers: string[], config: object) => { regexp: string }[];
};

/** What a browser sends for a path with Japanese in it. */
const sent = (p: string) => new URL(p, 'http://x').pathname;

function proxyMatchers(): RegExp[] {
  const list = /matcher:\s*(\[[\s\S]*?\]),\n\s*\};/.exec(readFileSync('proxy.ts', 'utf8'))?.[1] ?? '';
  const matchers = [...list.matchAll(/'((?:[^'\\]|\\.)*)'/g)].map(([, text]) => text.replace(/\\\\/g, '\\'));
  return getMiddlewareMatchers(matchers, {}).map((m) => new RegExp(m.regexp));
}

function tree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) {
      const file = path.join(entry.parentPath, entry.name);
      out[path.relative(dir, file)] = createHash('sha256').update(readFileSync(file)).digest('hex');
    }
  }
  return out;
}

test.describe('npm run import:jekyll', () => {
  test('imports the mini site, and every old URL it lists reaches the proxy and finds its post', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'jekyll-e2e-'));
    try {
      const env = { ...process.env, CONTENT_DIR: path.join(dir, 'content'), PUBLIC_DIR: path.join(dir, 'public') };
      const run = () =>
        spawnSync(process.execPath, ['--import', 'tsx', 'scripts/import-jekyll.ts', 'test/fixtures/jekyll-site'], { env, encoding: 'utf8' });
      const first = run();
      expect(first.status, first.stderr).toBe(0);
      expect(first.stdout).toContain('記事: 12 件（公開 10 件、非公開 2 件');
      expect(first.stdout).toContain('jekyll-urls.csv（10 件');
      const files = tree(dir);
      const second = run();
      expect(second.status).toBe(0);
      expect(tree(dir)).toEqual(files);

      // The table proxy.ts answers from, built as the content step builds it.
      const contentDir = env.CONTENT_DIR;
      const settings = readJekyllSettings(contentDir);
      const { posts, problems } = validatePosts(readPostFiles(contentDir), { context: { jekyllDates: true, timeZone: settings.timeZone } });
      expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
      const indexed: IndexedPost[] = posts.map((p) => ({ ...p.frontMatter, _raw: { sourceFileName: path.basename(p.file) } }));
      const table = legacyUrlTable(indexed, { now: new Date(), includeUnpublished: false }, settings);
      const matchers = proxyMatchers();

      const rows = readFileSync(path.join(contentDir, 'jekyll-urls.csv'), 'utf8').trim().split('\n').slice(1);
      expect(rows).toHaveLength(10);
      for (const row of rows) {
        const [oldPath, newPath] = row.split(',');
        for (const form of [oldPath, oldPath.replace(/\/$/, ''), `${oldPath}index.html`, oldPath.replace(/\/$/, '.html')]) {
          expect(matchers.some((re) => re.test(sent(form))), form).toBe(true);
          expect(decodeURIComponent(resolveLegacyUrl(sent(form), table) ?? ''), form).toBe(newPath);
        }
      }
      // The dates Jekyll used: 23:30:00 UTC is the 8th in Tokyo; same-name posts each keep a URL.
      expect(rows).toContain('/日記/2014/07/08/tanabata/,/posts/tanabata,2014-07-07-tanabata.md');
      expect(rows).toContain('/プログラミング/2014/03/01/ruby/,/posts/ruby-2014-03-01,2014-03-01-ruby.markdown');
      expect(rows).toContain('/プログラミング/2013/01/05/ruby/,/posts/ruby,2013-01-05-ruby.markdown');
      expect(rows).toContain('/記事/古い住所/,/posts/old-address,2015-05-10-old-address.md');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

test.describe('old URLs on the running site', () => {
  const post = '/posts/nvidia-q3-earnings-datacenter-record';

  /** Follows the redirects by hand: every hop permanent (Next drops a trailing `/` first, then the proxy answers), the last reaching the post. */
  async function expectRedirect(request: APIRequestContext, from: string) {
    let current = from;
    for (let hop = 0; hop < 2 && current !== post; hop += 1) {
      const response = await request.get(current, { maxRedirects: 0 });
      expect(response.status(), `${from} (at ${current})`).toBe(308);
      current = new URL(response.headers().location, 'http://x').pathname;
    }
    expect(current, from).toBe(post);
  }

  test('every spelling of a post’s old URL answers 308 to the post, which answers 200', async ({ request }) => {
    // Dated 2025-11-20 23:30 UTC: the 21st in Japan, which Jekyll put in the URL.
    for (const from of [
      '/テクノロジー/半導体/2025/11/21/nvidia-q3-earnings-datacenter-record.html',
      '/テクノロジー/半導体/2025/11/21/nvidia-q3-earnings-datacenter-record/',
      '/2025/11/21/nvidia-q3-earnings-datacenter-record/index.html',
      '/2025/11/21/NVIDIA-Q3-Earnings-Datacenter-Record',
    ]) {
      await expectRedirect(request, from);
    }
    expect((await request.get(post)).status()).toBe(200);
  });

  test('leaves the site’s own pages alone and unknown paths not found', async ({ request }) => {
    for (const page of ['/tags', '/archive', '/feed.xml']) {
      const response = await request.get(page, { maxRedirects: 0 });
      expect(response.status(), page).toBe(200);
    }
    expect((await request.get('/記事/存在しない記事', { maxRedirects: 0 })).status()).toBe(404);
    expect((await request.get('/2025/11/20/nvidia-q3-earnings-datacenter-record.html', { maxRedirects: 0 })).status()).toBe(404);
  });
});
