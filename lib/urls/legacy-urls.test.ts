import { getPathMatch } from 'next/dist/shared/lib/router/utils/path-match';
import { describe, expect, it } from 'vitest';
import {
  legacyUrlTable,
  expandPermalink,
  jekyllTitle,
  legacyRedirects,
  legacySources,
  legacyUrlKey,
  legacyUrlList,
  literalSource,
  permalinkPattern,
  resolveLegacyUrl,
  type IndexedPost,
} from './legacy-urls';

function post(overrides: Partial<IndexedPost> = {}): IndexedPost {
  return {
    slug: 'boj-september-meeting',
    // 2025-09-22 06:15 UTC = 15:15 in Japan.
    date: '2025-09-22T06:15:00.000Z',
    draft: false,
    categories: ['投資分析', 'マクロ経済'],
    redirectFrom: [],
    _raw: { sourceFileName: '2025-09-22-boj-september-meeting.md' },
    ...overrides,
  };
}

/** What a browser sends for a path typed with Japanese in it. */
function asSent(path: string): string {
  return new URL(path, 'https://example.jp').pathname;
}

type Routes = { redirects: ReturnType<typeof legacyRedirects>; table: ReturnType<typeof legacyUrlTable> };

/**
 * Where a request ends up, in Next's order: the front-matter redirects of next.config.mjs
 * (matched on the raw request path, as Next does), then proxy.ts's dated-URL lookup.
 */
function redirectFor({ redirects, table }: Routes, path: string): string | undefined {
  const sent = asSent(path);
  return (
    redirects.find((r) => getPathMatch(r.source, { strict: true, removeUnnamedParams: true })(sent) !== false)?.destination ??
    resolveLegacyUrl(sent, table)
  );
}

const everyone = { now: new Date('2026-01-01T00:00:00Z'), includeUnpublished: false };
const routesFor = (posts: IndexedPost[]): Routes => ({ redirects: legacyRedirects(posts, everyone), table: legacyUrlTable(posts, everyone) });

describe('jekyllTitle', () => {
  it('slugifies like Jekyll\'s "pretty" mode, keeping case and Japanese', () => {
    expect(jekyllTitle('NVIDIA Q3 決算')).toBe('NVIDIA-Q3-決算');
    expect(jekyllTitle('what?is#this')).toBe('what-is-this');
    expect(jekyllTitle('  a  b ')).toBe('a-b');
    expect(jekyllTitle("c++&q'a")).toBe("c++&q'a");
  });
});

describe('literalSource', () => {
  it('percent-encodes what browsers encode and escapes pattern syntax', () => {
    expect(literalSource('/記事/a b')).toBe('/%E8%A8%98%E4%BA%8B/a%20b');
    expect(literalSource('/q(1):x*')).toBe('/q\\(1\\)\\:x\\*');
  });

  it('reads an already percent-encoded path the same as the decoded one', () => {
    expect(literalSource('/%E8%A8%98%E4%BA%8B')).toBe(literalSource('/記事'));
  });
});

describe('expandPermalink', () => {
  it('fills Jekyll placeholders with Japan-time date parts', () => {
    const p = post({ date: '2025-11-20T23:30:00.000Z' });
    expect(expandPermalink('/:year/:month/:day/:title:output_ext', p)).toBe('/2025/11/21/boj-september-meeting.html');
    expect(expandPermalink('/:categories/:i_month_:i_day/:slug/', p)).toBe('/投資分析/マクロ経済/11_21/boj-september-meeting/');
  });

  it('gives up on placeholders it does not know', () => {
    expect(expandPermalink('/:collection/:title', post())).toBeUndefined();
  });
});

describe('legacyRedirects', () => {
  const routes = routesFor([post()]);

  it('redirects the Jekyll date permalink with lower-cased, raw or no categories', () => {
    for (const path of [
      '/投資分析/マクロ経済/2025/09/22/boj-september-meeting.html',
      '/2025/09/22/boj-september-meeting.html',
      '/2025/09/22/boj-september-meeting',
      '/old-category/2025/09/22/boj-september-meeting.html',
    ]) {
      expect(redirectFor(routes, path), path).toBe('/posts/boj-september-meeting');
    }
  });

  it('uses the date in Japan, not UTC', () => {
    const late = routesFor([post({ date: '2025-11-20T23:30:00.000Z' })]);
    expect(redirectFor(late, '/2025/11/21/boj-september-meeting.html')).toBe('/posts/boj-september-meeting');
    expect(redirectFor(late, '/2025/11/20/boj-september-meeting.html')).toBeUndefined();
  });

  it('accepts the categories Jekyll lower-cased as well as their original case', () => {
    const latin = routesFor([post({ categories: ['AI', 'Tech News'] })]);
    expect(redirectFor(latin, '/ai/tech%20news/2025/09/22/boj-september-meeting.html')).toBe('/posts/boj-september-meeting');
    expect(redirectFor(latin, '/AI/Tech%20News/2025/09/22/boj-september-meeting.html')).toBe('/posts/boj-september-meeting');
  });

  it('uses the cased file name as :title, matched case-insensitively', () => {
    const cased = routesFor([post({ slug: 'nvidia-q3', _raw: { sourceFileName: '2025-09-22-NVIDIA-Q3.md' } })]);
    expect(redirectFor(cased, '/2025/09/22/NVIDIA-Q3.html')).toBe('/posts/nvidia-q3');
  });

  it('matches Japanese file names as browsers send them', () => {
    const ja = routesFor([post({ slug: '日銀会合', _raw: { sourceFileName: '2025-09-22-日銀会合.md' } })]);
    expect(redirectFor(ja, '/2025/09/22/日銀会合.html')).toBe(`/posts/${encodeURIComponent('日銀会合')}`);
  });

  it('does not match another date or another post', () => {
    expect(redirectFor(routes, '/2025/09/23/boj-september-meeting.html')).toBeUndefined();
    expect(redirectFor(routes, '/2025/09/22/boj-september-meeting-2.html')).toBeUndefined();
    expect(redirectFor(routes, '/posts/boj-september-meeting')).toBeUndefined();
  });

  it('redirects permalink and redirect_from front matter, with or without the trailing slash', () => {
    const custom = routesFor([
      post({ permalink: '/articles/:title/', redirectFrom: ['/記事/日銀9月会合/', 'https://old.example.jp/boj.html?ref=x', '/a(1)'] }),
    ]);
    for (const path of [
      '/articles/boj-september-meeting',
      '/articles/boj-september-meeting/index.html',
      '/記事/日銀9月会合',
      '/boj.html',
      '/boj',
      '/a(1)',
    ]) {
      expect(redirectFor(custom, path), path).toBe('/posts/boj-september-meeting');
    }
  });

  it('never redirects a post to itself', () => {
    expect(legacySources(post({ redirectFrom: ['/posts/boj-september-meeting/'] }))).toEqual([]);
  });

  it('leaves out drafts and scheduled posts, whose pages do not exist', () => {
    const none = routesFor([
      post({ draft: true, redirectFrom: ['/draft-old'] }),
      post({ slug: 'later', date: '2030-01-01T00:00:00.000Z', _raw: { sourceFileName: 'later.md' } }),
    ]);
    expect(none.redirects).toEqual([]);
    expect(none.table).toEqual({});
    expect(redirectFor(none, '/2025/09/22/boj-september-meeting.html')).toBeUndefined();
    expect(redirectFor(none, '/2030/01/01/later.html')).toBeUndefined();
  });

  it('gives a source claimed by two posts to the newer one only', () => {
    const both = routesFor([
      post({ slug: 'older', date: '2025-01-01T00:00:00.000Z', redirectFrom: ['/shared'], _raw: { sourceFileName: 'older.md' } }),
      post({ slug: 'newer', redirectFrom: ['/shared'], _raw: { sourceFileName: 'newer.md' } }),
    ]);
    expect(redirectFor(both, '/shared')).toBe('/posts/newer');
    expect(both.redirects.filter((r) => r.source.startsWith('/shared'))).toHaveLength(1);
  });

  it('makes every redirect permanent', () => {
    const { redirects } = routesFor([post({ redirectFrom: ['/old', '/older.html'] })]);
    expect(redirects.length).toBeGreaterThan(0);
    expect(redirects.every((r) => r.permanent === true)).toBe(true);
  });

  it('needs no route per post: 1,000 posts without front-matter redirects give no rules, one table', () => {
    const many = Array.from({ length: 1000 }, (_, i) =>
      post({ slug: `post-${i}`, date: new Date(Date.UTC(2025, 0, 1) + i * 3_600_000).toISOString(), _raw: { sourceFileName: `post-${i}.md` } }),
    );
    const { redirects, table } = routesFor(many);
    expect(redirects).toEqual([]);
    // Two keys a post: with its categories (lower-cased, the same as written here) and without.
    expect(Object.keys(table)).toHaveLength(2000);
    expect(redirectFor({ redirects, table }, '/ai/2025/01/01/post-5.html')).toBe('/posts/post-5');
  });

  it('ignores paths that only look dated', () => {
    for (const path of ['/2025/09/22', '/2025/09/22/', '/2025/9/22/boj-september-meeting.html', '/posts/boj-september-meeting']) {
      expect(resolveLegacyUrl(asSent(path), routes.table), path).toBeUndefined();
    }
  });
});

describe('old URLs from the site permalink pattern', () => {
  const tokyo = (permalink: string) => ({ permalink: permalinkPattern(permalink), timeZone: 'Asia/Tokyo' });
  const ruby = post({
    slug: 'ruby-2014-03-01',
    // 2014-07-07 23:30:00 UTC, as Ruby read it: the 8th in Tokyo.
    date: '2014-07-07T23:30:00.000Z',
    categories: ['プログラミング', 'Ruby'],
    _raw: { sourceFileName: '2014-03-01-ruby.markdown' },
  });
  const lookup = (permalink: string, path: string) => resolveLegacyUrl(asSent(path), legacyUrlTable([ruby], everyone, tokyo(permalink)));

  it('answers each pattern in the old site’s zone, Japanese and .html forms included', () => {
    const cases: [string, string][] = [
      ['/:categories/:year/:month/:day/:title', '/プログラミング/ruby/2014/07/08/ruby'],
      ['/:categories/:year-:month-:day-:title.html', '/プログラミング/ruby/2014-07-08-ruby.html'],
      ['/:categories/:year-:month-:day-:title.html', '/プログラミング/ruby/2014-07-08-ruby'],
      ['/:year/:month/:title/', '/2014/07/ruby/'],
      ['/:year/:month/:title/', '/2014/07/ruby/index.html'],
      ['/:year/:month/:title/', '/2014/07/ruby'],
      ['/:year/:i_month/:i_day/:slug:output_ext', '/2014/7/8/ruby.html'],
      ['/:short_year/:short_month/:title', '/14/Jul/ruby'],
      ['pretty', '/プログラミング/ruby/2014/07/08/ruby/'],
      ['ordinal', '/プログラミング/ruby/2014/189/ruby.html'],
      ['weekdate', '/プログラミング/ruby/2014/W28/Tue/ruby.html'],
      ['none', '/プログラミング/ruby/ruby.html'],
      ['date', '/2014/07/08/ruby.html'],
    ];
    for (const [pattern, path] of cases) expect(lookup(pattern, path), `${pattern} ${path}`).toBe('/posts/ruby-2014-03-01');
    expect(lookup('/:year/:month/:day/:title', '/2014/07/07/ruby')).toBeUndefined();
  });

  it('uses the post’s own permalink instead, and lists the URLs Jekyll wrote for the report', () => {
    const own = post({ ...ruby, permalink: '/記事/:title/' });
    const site = tokyo('/:year/:month/:title/');
    expect(resolveLegacyUrl(asSent('/記事/ruby/'), legacyUrlTable([own], everyone, site))).toBe('/posts/ruby-2014-03-01');
    expect(legacyUrlList([own, post()], everyone, site)).toEqual([
      { oldPath: '/2025/09/boj-september-meeting/', newPath: '/posts/boj-september-meeting', file: '2025-09-22-boj-september-meeting.md' },
      { oldPath: '/記事/ruby/', newPath: '/posts/ruby-2014-03-01', file: '2014-03-01-ruby.markdown' },
    ]);
  });

  it('answers under the old site’s baseurl as well as without it', () => {
    const site = { ...tokyo('/:year/:month/:title/'), baseurl: '/blog' };
    const table = legacyUrlTable([ruby], everyone, site);
    expect(resolveLegacyUrl('/blog/2014/07/ruby/', table)).toBe('/posts/ruby-2014-03-01');
    expect(resolveLegacyUrl('/2014/07/ruby', table)).toBe('/posts/ruby-2014-03-01');
    expect(legacyUrlList([ruby], everyone, site).map((u) => u.oldPath)).toEqual(['/blog/2014/07/ruby/']);
  });

  it('keys every spelling of a path the same way', () => {
    const key = legacyUrlKey('/記事/Ruby/');
    for (const path of ['/記事/ruby/index.html', '/記事/ruby.html', asSent('/記事/RUBY'), '//記事//ruby']) expect(legacyUrlKey(path)).toBe(key);
  });

  it('reads named styles and falls back to Jekyll’s default', () => {
    expect(permalinkPattern('pretty')).toBe('/:categories/:year/:month/:day/:title/');
    expect(permalinkPattern(undefined)).toBe('/:categories/:year/:month/:day/:title:output_ext');
    expect(permalinkPattern('/blog/:title')).toBe('/blog/:title');
  });
});
