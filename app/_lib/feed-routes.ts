/**
 * The feed route handlers (app/feed.xml, app/atom.xml, app/{tags,categories}/[x]/feed.xml)
 * bound to the published posts: the glue between the pure builders (lib/seo/feed.ts)
 * and the content (lib/posts/store.ts); the route files are one line each.
 */
import { getTranslations } from 'next-intl/server';
import { renderFeed, type FeedInput } from '@/lib/seo/feed';
import { getTerm, type TermKind } from '@/lib/posts/store';
import { getLatestPosts } from '@/lib/posts/post-pages';
import { DEFAULT_OG_IMAGE_PATH, feedPath, homePagePath, termFeedPath, termPath, type FeedFormat } from '@/lib/urls/routes';
import { absoluteUrl } from '@/lib/urls/absolute-url';
import { decodeSegment } from '@/lib/urls/segments';
import { siteConfig } from '@/lib/config';

const CONTENT_TYPES: Record<FeedFormat, string> = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
};

function xmlResponse(xml: string, format: FeedFormat): Response {
  return new Response(xml, { headers: { 'Content-Type': CONTENT_TYPES[format] } });
}

async function commonInput(): Promise<Pick<FeedInput, 'language' | 'copyright' | 'defaultAuthor' | 'siteUrl' | 'imageUrl'>> {
  const t = await getTranslations({ locale: siteConfig.locale, namespace: 'layout' });
  return {
    language: siteConfig.locale,
    copyright: t('copyright', { year: new Date().getFullYear(), siteName: siteConfig.name }),
    defaultAuthor: siteConfig.defaultAuthor,
    siteUrl: siteConfig.url,
    imageUrl: absoluteUrl(DEFAULT_OG_IMAGE_PATH),
  };
}

/** GET for /feed.xml or /atom.xml: the newest posts of the whole site. */
export function siteFeedRoute(format: FeedFormat) {
  return async function GET(): Promise<Response> {
    const xml = renderFeed(
      {
        ...(await commonInput()),
        title: siteConfig.name,
        description: siteConfig.description,
        pageUrl: absoluteUrl(homePagePath(1)),
        feedUrls: { rss: absoluteUrl(feedPath('rss')), atom: absoluteUrl(feedPath('atom')) },
        posts: await getLatestPosts(siteConfig.feedSize),
      },
      format,
    );
    return xmlResponse(xml, format);
  };
}

/**
 * /tags/<tag>/feed.xml and /categories/<category>/feed.xml (RSS), one per term, each
 * rendered on its first request and then cached like a built file (ISR on Vercel):
 * feed readers poll them, browsers rarely open them, and building every term's
 * was 68 of the 203 routes of a build with the benchmark corpus, 1.9 s of its
 * static generation (BENCHMARKS.md). proxy.ts answers a term no published post
 * has with an uncached 404 before the route is reached.
 */
export function termFeedRoute<P extends string>(kind: TermKind, param: P) {
  type Context = { params: Promise<Record<P, string>> };
  return {
    // None at build time; an empty list (not none) keeps the route static, rendered once per term.
    generateStaticParams: (): Record<P, string>[] => [],

    async GET(_request: Request, { params }: Context): Promise<Response> {
      const term = getTerm(kind, decodeSegment((await params)[param]));
      // Reached only if proxy.ts's table and the store disagree: browsers and CDNs must not keep the 404.
      if (!term) return new Response('Not Found', { status: 404, headers: { 'Cache-Control': 'no-store' } });
      const t = await getTranslations({ locale: siteConfig.locale, namespace: kind });
      const xml = renderFeed(
        {
          ...(await commonInput()),
          title: `${t('termTitle', { name: term.name })} | ${siteConfig.name}`,
          description: t('termDescription', { name: term.name, count: term.count }),
          pageUrl: absoluteUrl(termPath(kind, term.slug)),
          feedUrls: { rss: absoluteUrl(termFeedPath(kind, term.slug)) },
          posts: await getLatestPosts(siteConfig.feedSize, { kind, slug: term.slug }),
        },
        'rss',
      );
      return xmlResponse(xml, 'rss');
    },
  };
}
