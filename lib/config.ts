/** Site-wide settings. Everything a reader (or a crawler) sees about "the site" comes from here. */

export const LOCAL_SITE_URL = 'http://localhost:3000';

type UrlEnvironment = Readonly<Record<string, string | undefined>>;

/**
 * The public origin that canonical URLs, feeds, the sitemap and OG images point to.
 * `SITE_URL` wins; on Vercel the production domain is used next (so preview builds
 * still name the production pages as canonical), then the deployment's own URL.
 * Vercel's variables are bare host names, hence the https:// default.
 * Returns the origin only (no trailing slash): the site is served from the domain's root.
 */
export function resolveSiteUrl(env: UrlEnvironment): string {
  const candidates: [string, string | undefined][] = [
    ['SITE_URL', env.SITE_URL],
    ['VERCEL_PROJECT_PRODUCTION_URL', env.VERCEL_PROJECT_PRODUCTION_URL],
    ['VERCEL_URL', env.VERCEL_URL],
  ];
  for (const [name, raw] of candidates) {
    const value = raw?.trim();
    if (!value) continue;
    const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `https://${value}`;
    let url: URL;
    try {
      url = new URL(withScheme);
    } catch {
      throw new Error(`${name}="${value}" は URL として解釈できません（例: https://news.example.jp）`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
      throw new Error(`${name}="${value}" は http または https の URL にしてください`);
    }
    if (url.pathname !== '/' || url.search || url.hash) {
      throw new Error(`${name}="${value}" にはパスやクエリを含めず、https://news.example.jp の形で指定してください`);
    }
    return url.origin;
  }
  return LOCAL_SITE_URL;
}

/** The site's time zone: every date readers see, and the date parts of URLs. */
export const SITE_TIME_ZONE = 'Asia/Tokyo';

/** PRERENDERED_POSTS, when set: a whole number of posts (0 renders every post on first request). */
export function prerenderedPostsSetting(value: string | undefined, fallback = 10): number {
  if (value === undefined || value.trim() === '') return fallback;
  if (!/^\d+$/.test(value.trim())) throw new Error(`PRERENDERED_POSTS="${value}" は 0 以上の整数にしてください`);
  return Number(value.trim());
}

export const siteConfig = {
  name: 'テックと投資のニュースデスク',
  shortName: 'ニュースデスク',
  description: 'AI、半導体、投資の最新動向を日本語で深く読み解くニュースサイト。',
  /** Origin of the published site, e.g. https://news.example.jp; see resolveSiteUrl. */
  // Pure: lets the bundler leave the site settings out of client code that only needs the time zone.
  url: /* @__PURE__ */ resolveSiteUrl(process.env),
  locale: 'ja',
  /** Open Graph spells locales with an underscore. */
  ogLocale: 'ja_JP',
  timeZone: SITE_TIME_ZONE,
  defaultAuthor: '編集部',
  postsPerPage: 20,
  /** How many of the newest posts each RSS/Atom feed carries. */
  feedSize: 20,
  /**
   * Share images rendered by the build, newest posts first; the others are rendered
   * on their first request and cached. Each post has four (one per aspect ratio) at
   * about 110 ms of CPU each: the newest 10 posts' were 2.2 s of every 2-core build's
   * static generation, at any archive size (BENCHMARKS.md). None is built: a share
   * image is fetched by the crawlers of the networks a post is shared on, not by
   * readers' browsers, and the first crawler waits one render (about 1 s for a server's
   * first image, fonts loaded; less after).
   */
  prerenderedShareImages: 0,
  /**
   * Pages of each paginated list (home, tag, category, author) rendered by the build;
   * later pages are rendered on their first request and cached, as the share images
   * are. The first page of every list is built: it is the one linked from every post,
   * the sitemap and the feeds. Pages 2 and 3 of every tag were 140 of the 383 routes
   * of a build with the benchmark corpus and 7 s of its static generation, at any
   * archive size; a first visitor to one waits for one render (BENCHMARKS.md).
   */
  prerenderedListPages: 1,
  /**
   * Tags and categories whose page 1 the build renders: of each kind, this many with
   * the most published posts; the others render on their first request and are cached.
   * Every term's page was 68 of the 95 routes of a build with the benchmark corpus
   * (60 tags), 2.1 s of its static generation (BENCHMARKS.md), and an imported blog
   * can have hundreds of tags: the build would grow with them.
   */
  prerenderedTermPages: 10,
  /**
   * Post pages rendered by the build, newest first; older posts render on their
   * first request and are cached (ISR on Vercel), as older list pages and share
   * images are, so the build stops growing with the archive. Readers of a news
   * site read the newest posts; a first visitor to an older one waits for one
   * render (BENCHMARKS.md, "Scale (issue 17), first steps"). PRERENDERED_POSTS
   * overrides it for a build (benchmarks).
   */
  prerenderedPosts: prerenderedPostsSetting(process.env.PRERENDERED_POSTS),
  /** Posts in these categories carry the investment notice (messages/ja.json newsroom.investmentNotice) unless `disclaimer: false`. */
  investmentCategories: ['投資分析'] as readonly string[],
  /** The publisher's logo in public/, named in NewsArticle JSON-LD (Google asks for one; 600×60 fits its guidance). */
  logo: { path: '/logo.png', width: 600, height: 60 },
  /** Accounts shown to social networks (twitter:site) and listed as the publisher's profiles in JSON-LD. */
  social: {
    x: { handle: '@technewsdesk_jp', url: 'https://x.com/technewsdesk_jp' },
  },
} as const;

export type SiteConfig = typeof siteConfig;

/** Where the posts are: `content/posts/`, unless CONTENT_DIR points elsewhere (tests and benchmarks use temporary folders). */
export const CONTENT_DIR = process.env.CONTENT_DIR ?? 'content';

/**
 * The site's static files (Next serves public/). Posts' images are measured from
 * here, and redirects may not shadow its top-level names. PUBLIC_DIR moves it for tests.
 */
export const PUBLIC_DIR = process.env.PUBLIC_DIR ?? 'public';

/**
 * What the content step writes for `next build`, the server and proxy.ts. proxy.ts
 * imports the last two by literal path, as its bundler needs; a test holds those to these.
 */
export const GENERATED_FILES = {
  posts: '.contentlayer/generated/Post/_index.json',
  legacyUrls: '.contentlayer/legacy-urls.json',
  /** The published posts' `redirect_from` redirects, for next.config.mjs. */
  redirects: '.contentlayer/redirects.json',
  onDemandPaths: '.contentlayer/on-demand-paths.json',
  /** Which prepared-post file of the content cache holds each post, for Contentlayer's computed fields (lib/content/post-document.ts). */
  preparedPosts: '.contentlayer/prepared-posts.json',
  /** The posts whose Contentlayer document the content cache does not hold, copied here for Contentlayer to read (lib/content/contentlayer-documents.ts). */
  contentlayerInput: '.contentlayer/input',
  /** The working folders of the Contentlayer processes a clean build runs beside the first (lib/content/contentlayer-documents.ts). */
  contentlayerLanes: '.contentlayer/lanes',
  /**
   * What the pages read at run time (lib/posts/generated.ts): every published post's
   * summary in one file, and each post's page data (its HTML and the links around it)
   * as an entry of one of 256 packs, so that a server renders one post by reading one entry.
   */
  postSummaries: '.contentlayer/store/summaries.json',
  postPages: '.contentlayer/store/posts',
} as const;

/**
 * The content step's cache of prepared posts (lib/content/post-cache.ts). Under
 * `.next/cache` because that is the one folder a Vercel deploy restores from the
 * previous build. CONTENT_CACHE_DIR moves it (tests use temporary folders).
 */
export const CONTENT_CACHE_DIR = process.env.CONTENT_CACHE_DIR ?? '.next/cache/content';

/**
 * The content step's cache of the post store's packs (lib/content/post-store.ts), by a
 * hash of their pages, kept in `.next/cache` for the same reason. STORE_CACHE_DIR moves it.
 */
export const STORE_CACHE_DIR = process.env.STORE_CACHE_DIR ?? '.next/cache/store';

/**
 * The search step's cache of index shards (lib/search/build/build-index.ts), kept
 * in `.next/cache` for the same reason. SEARCH_CACHE_DIR moves it.
 */
export const SEARCH_CACHE_DIR = process.env.SEARCH_CACHE_DIR ?? '.next/cache/search';
