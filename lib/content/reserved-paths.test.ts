import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { getPathMatch } from 'next/dist/shared/lib/router/utils/path-match';
import { describe, expect, it } from 'vitest';
import { legacyRedirects } from '../urls/legacy-urls';
import { formatProblem } from './problems';
import { listPublicEntries, reservedRedirectProblems, shadowedRoute } from './reserved-paths';
import { validatePosts, type SourceFile } from './validate';

const HOSTILE_FILE = 'test/fixtures/hostile/feeds-redirect-takeover.md';
const publicEntries = listPublicEntries('public');

function post(redirectFrom: string[], permalink?: string): SourceFile {
  const lines = ['---', 'title: 転送のテスト', 'date: 2025-11-18', ...(permalink ? [`permalink: "${permalink}"`] : [])];
  lines.push('redirect_from:', ...redirectFrom.map((value) => `  - "${value}"`), '---', '本文');
  return { file: 'content/posts/2025-11-18-redirect.md', source: lines.join('\n') };
}

describe('front-matter redirects that would shadow a site address', () => {
  it('are errors at the line of their key, one per value, in one run (hostile fixture)', () => {
    const { problems } = validatePosts([{ file: HOSTILE_FILE, source: readFileSync(HOSTILE_FILE, 'utf8') }], { publicEntries });
    const lines = problems.map(formatProblem);
    const redirectLine = `${HOSTILE_FILE}:7: redirect_from: `;
    expect(lines).toEqual([
      `${HOSTILE_FILE}:6: permalink: 「/atom.xml」は転送元にできません: サイトのページ /atom.xml と重なり、転送がページより優先されます [エラー]`,
      `${redirectLine}「/feed.xml」は転送元にできません: サイトのページ /feed.xml と重なり、転送がページより優先されます [エラー]`,
      `${redirectLine}「/search」は転送元にできません: サイトのページ /search と重なり、転送がページより優先されます [エラー]`,
      `${redirectLine}「/posts/other-post」は転送元にできません: サイトのページ /posts と重なり、転送がページより優先されます [エラー]`,
      `${redirectLine}「/Tags/AI/」は転送元にできません: サイトのページ /tags と重なり、転送がページより優先されます [エラー]`,
      `${redirectLine}「/ARCHIVE.html」は転送元にできません: サイトのページ /archive と重なり、転送がページより優先されます [エラー]`,
      `${redirectLine}「/images/hbm-stack.svg」は転送元にできません: public/images と重なり、転送がファイルより優先されます [エラー]`,
      `${redirectLine}「/_next/static/chunks/main.js」は転送元にできません: Next.js が使うパス /_next と重なり、転送が優先されます [エラー]`,
      `${redirectLine}「/api/comments」は転送元にできません: Next.js が使うパス /api と重なり、転送が優先されます [エラー]`,
      `${redirectLine}「/」は転送元にできません: トップページです [エラー]`,
      `${redirectLine}「https://old.example.jp/sitemap.xml」は転送元にできません: サイトのページ /sitemap.xml と重なり、転送がページより優先されます [エラー]`,
      `${redirectLine}「/robots.txt」は転送元にできません: サイトのページ /robots.txt と重なり、転送がページより優先されます [エラー]`,
    ]);
  });

  it('would otherwise have become redirect rules that answer for the site’s own addresses', () => {
    // What next.config.mjs would do with this post if validation let it through.
    const { posts } = validatePosts([{ file: HOSTILE_FILE, source: readFileSync(HOSTILE_FILE, 'utf8') }]);
    const redirects = legacyRedirects(
      posts.map(({ frontMatter, file }) => ({ ...frontMatter, _raw: { sourceFileName: path.basename(file) } })),
      { now: new Date('2026-01-01T00:00:00Z'), includeUnpublished: false },
    );
    // Its `permalink: /atom.xml` goes to proxy.ts's table instead, whose matcher never covers the site's own files (lib/urls/proxy-matcher.test.ts).
    const taken = ['/feed.xml', '/search', '/posts/other-post', '/images/hbm-stack.svg', '/_next/static/chunks/main.js'].filter((address) =>
      redirects.some((r) => getPathMatch(r.source, { strict: true, removeUnnamedParams: true })(address) !== false),
    );
    expect(taken).toHaveLength(5);
  });

  it('leave old addresses elsewhere, percent-encoded ones included, and the post’s own URL alone', () => {
    const { problems } = validatePosts([post(['/2019/05/01/old.html', '/blog/x/', '/%E3%82%BF%E3%82%B0/old', '/posts/redirect', '/searching'])], {
      publicEntries,
    });
    expect(problems).toEqual([]);
  });

  it('match as Next matches: any case, percent-encoded, with or without .html, and a permalink after expansion', () => {
    expect(shadowedRoute('/%73earch')).toBeDefined();
    expect(shadowedRoute('/FEED.XML')).toBeDefined();
    expect(shadowedRoute('/page.html')).toBeDefined();
    // Written to public/ after validation, so reserved whether or not a build has run.
    expect(shadowedRoute('/pagefind/pagefind.js', [])).toBeDefined();
    const { problems } = validatePosts([post([], '/tags/:title')]);
    expect(problems.map((p) => [p.field, p.line])).toEqual([['permalink', 4]]);
  });

  it('cover the home page only as itself: a full URL of an old home page too', () => {
    const problems = reservedRedirectProblems(
      validatePosts([post(['/?p=1', 'https://old.example.jp/', '/index-old'])]).posts,
      [],
    );
    expect(problems.map((p) => p.message.match(/「(.*)」/)?.[1])).toEqual(['/?p=1', 'https://old.example.jp/']);
  });
});

/** Files in app/ that answer at no address of their own. */
const NOT_ROUTES = /^(layout|template|not-found|error|global-error|loading|default)\.[jt]sx?$|\.css$/;

/** The address a top-level entry of app/ answers at (Next's file conventions), or undefined if it answers at none. */
function addressOf(entry: { name: string; isDirectory(): boolean }): string | undefined {
  const { name } = entry;
  if (entry.isDirectory()) return /^[([@_]/.test(name) ? undefined : `/${name}`;
  if (NOT_ROUTES.test(name)) return undefined;
  if (/^page\.[jt]sx?$/.test(name)) return '/';
  if (/^robots\.(ts|js|txt)$/.test(name)) return '/robots.txt';
  if (/^sitemap\.(ts|js|xml)$/.test(name)) return '/sitemap.xml';
  if (/^manifest\.(ts|js|json|webmanifest)$/.test(name)) return '/manifest.webmanifest';
  // Metadata images: a static file is served under its own name, a generated one without the extension.
  if (/^(favicon|icon|apple-icon|opengraph-image|twitter-image)\b/.test(name)) return /\.[jt]sx?$/.test(name) ? `/${name.replace(/\.[^.]+$/, '')}` : `/${name}`;
  throw new Error(`app/${name}: not known to this test; say what address it answers at`);
}

describe('the reserved addresses', () => {
  it('cover every top-level route in app/, so a new route cannot be forgotten', () => {
    const addresses = readdirSync('app', { withFileTypes: true })
      .map(addressOf)
      .filter((address): address is string => address !== undefined);
    expect(addresses).toContain('/posts');
    const unprotected = addresses.filter((address) => reservedRedirectProblems(validatePosts([post([address])]).posts, []).length !== 1);
    expect(unprotected).toEqual([]);
  });

  it('cover every entry of public/', () => {
    expect(publicEntries.length).toBeGreaterThan(0);
    for (const entry of publicEntries) expect(shadowedRoute(`/${entry}/x`, publicEntries), entry).toBeDefined();
  });
});
