/**
 * Every paginated list of posts is one route: the home page, a tag, a category and
 * an author, each at its own URL (`/`, `/tags/<tag>`, …) with later pages under
 * `/page/<n>`. The route files under app/ are one line each and get their params,
 * metadata and page here; what differs between the kinds of list is the table below.
 */
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { JsonLd } from '@/components/json-ld';
import { PageHeader } from '@/components/page-header';
import { Pagination } from '@/components/pagination';
import { PostList } from '@/components/post-list';
import { breadcrumbJsonLd, collectionPageJsonLd, termBreadcrumbs, websiteJsonLd, type JsonLdObject } from '@/lib/seo/json-ld';
import { getPageMetadata } from '@/lib/seo/page-metadata';
import { laterPageNumbers, pageNumberFromSegment } from '@/lib/posts/query';
import { getListKeys, getListPage, type ListKind, type ListPage } from '@/lib/posts/store';
import { authorPath, homePagePath, seriesIndexPath, seriesPath, termFeedPath, termPath } from '@/lib/urls/routes';
import { decodeSegment } from '@/lib/urls/segments';
import { siteConfig } from '@/lib/config';

type Translate = Awaited<ReturnType<typeof getTranslations>>;
type Owner = NonNullable<ListPage['owner']>;
/** What a page of a list is called and says about itself, for its header, metadata and JSON-LD. */
type Heading = { name: string; description: string; path: string };

type ListDescription = {
  /** The route's dynamic segment naming the list ([tag], [category], [author], [series]); the home page has none. */
  param?: 'tag' | 'category' | 'author' | 'series';
  /** Every page is built (no page renders on request, so proxy.ts needs no table of them): a series is short. */
  prerenderAllPages?: boolean;
  /** How many lists of the kind have their page 1 built, those with the most posts first; every one when unset. */
  prerenderedLists?: number;
  /** The URL of page `page` of the list owned by `slug` (the home page has no owner). */
  path(slug: string | undefined, page: number): string;
  /** Page 1's title; later pages add their number (list.pagedTitle). */
  title(t: Translate, owner?: Owner): string;
  description(t: Translate, owner?: Owner): string;
  /** The home page's tab shows only the site's name (the layout's default title). */
  untitledFirstPage?: boolean;
  /** A tag or category has an RSS feed of its own, advertised in <head>. */
  feedPath?: (slug: string) => string;
  jsonLd?: (t: Translate, heading: Heading, list: ListPage) => JsonLdObject | JsonLdObject[];
};

// A message's {name} and {count}; the home page has no owner and its messages use neither.
const ownerValues = (owner?: Owner) => ({ name: owner?.name ?? '', count: owner?.count ?? 0 });

function termList(kind: 'tags' | 'categories', param: 'tag' | 'category'): ListDescription {
  return {
    param,
    prerenderedLists: siteConfig.prerenderedTermPages,
    path: (slug = '', page) => termPath(kind, slug, page),
    title: (t, owner) => t(`${kind}.termTitle`, ownerValues(owner)),
    description: (t, owner) => t(`${kind}.termDescription`, ownerValues(owner)),
    feedPath: (slug) => termFeedPath(kind, slug),
    // CollectionPage, and ホーム › タグ一覧 › #タグ.
    jsonLd: (t, heading, list) => [
      collectionPageJsonLd(heading),
      breadcrumbJsonLd(termBreadcrumbs(kind, { home: t('nav.home'), index: t(`${kind}.indexTitle`) }, list.owner)),
    ],
  };
}

const lists: Record<ListKind, ListDescription> = {
  home: {
    path: (_slug, page) => homePagePath(page),
    title: (t) => t('list.latest'),
    description: () => siteConfig.description,
    untitledFirstPage: true,
    jsonLd: (_t, heading, list) => (list.page === 1 ? websiteJsonLd() : collectionPageJsonLd(heading)),
  },
  tags: termList('tags', 'tag'),
  categories: termList('categories', 'category'),
  authors: {
    param: 'author',
    path: (slug = '', page) => authorPath(slug, page),
    title: (t, owner) => t('authors.authorTitle', ownerValues(owner)),
    description: (t, owner) => t('authors.authorDescription', ownerValues(owner)),
  },
  series: {
    param: 'series',
    prerenderAllPages: true,
    path: (slug = '', page) => seriesPath(slug, page),
    title: (t, owner) => t('series.seriesTitle', ownerValues(owner)),
    description: (t, owner) => t('series.seriesDescription', ownerValues(owner)),
    // CollectionPage, and ホーム › 連載一覧 › 連載名.
    jsonLd: (t, heading, list) => [
      collectionPageJsonLd(heading),
      breadcrumbJsonLd([
        { name: t('nav.home'), path: homePagePath(1) },
        { name: t('series.indexTitle'), path: seriesIndexPath() },
        ...(list.owner ? [{ name: list.owner.name, path: seriesPath(list.owner.slug) }] : []),
      ]),
    ],
  },
};

type Params = Partial<Record<'tag' | 'category' | 'author' | 'series' | 'page', string>>;
type Props = { params: Promise<Params> };

export function listRoute(kind: ListKind) {
  const list = lists[kind];

  // params → one query → components; a URL that names no list or no page is a 404.
  async function findPage(params: Props['params']) {
    const resolved = await params;
    const segment = list.param && resolved[list.param];
    const page = pageNumberFromSegment(resolved.page) ?? notFound();
    const found = getListPage(kind, segment === undefined ? undefined : decodeSegment(segment), page) ?? notFound();
    const t = await getTranslations();
    const title = list.title(t, found.owner);
    const heading: Heading = {
      name: found.page > 1 ? t('list.pagedTitle', { title, page: found.page }) : title,
      description: list.description(t, found.owner),
      path: list.path(found.owner?.slug, found.page),
    };
    return { t, found, title, heading };
  }

  // Raw (unencoded) segments: Next encodes them itself when writing the pages.
  const keyParams = (key: string | undefined): Params => (list.param && key !== undefined ? { [list.param]: key } : {});

  return {
    /** Page 1 of every list of this kind, or of the `prerenderedLists` with the most posts (the keys come in that order). */
    generateStaticParams: () => getListKeys(kind).slice(0, list.prerenderedLists ?? Number.POSITIVE_INFINITY).map(keyParams),

    /** Pages 2… of every list, up to siteConfig.prerenderedListPages (all of them for a series); later ones render on first request. */
    generatePagedStaticParams: () =>
      getListKeys(kind).flatMap((key) =>
        laterPageNumbers(
          getListPage(kind, key, 1)?.totalPages ?? 1,
          list.prerenderAllPages ? Number.POSITIVE_INFINITY : siteConfig.prerenderedListPages,
        ).map((page) => ({ ...keyParams(key), page })),
      ),

    async generateMetadata({ params }: Props): Promise<Metadata> {
      const { found, title, heading } = await findPage(params);
      const slug = found.owner?.slug;
      return getPageMetadata({
        path: heading.path,
        title: list.untitledFirstPage && found.page === 1 ? undefined : heading.name,
        description: heading.description,
        ...(list.feedPath && slug !== undefined ? { termFeed: { title, path: list.feedPath(slug) } } : {}),
      });
    },

    async ListPage({ params }: Props) {
      const { t, found, heading } = await findPage(params);
      const slug = found.owner?.slug;
      return (
        <>
          {list.jsonLd && <JsonLd data={list.jsonLd(t, heading, found)} />}
          <PageHeader title={heading.name}>{found.owner && <p>{t('list.postCount', { count: found.owner.count })}</p>}</PageHeader>
          <PostList posts={found.items} />
          <Pagination page={found.page} totalPages={found.totalPages} pathFor={(page) => list.path(slug, page)} />
        </>
      );
    },
  };
}
