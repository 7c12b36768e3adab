/**
 * Structured data (schema.org JSON-LD) for search engines. Objects are built
 * here from plain data; components/json-ld.tsx only prints them.
 */
import { toJstIsoString } from '../posts/dates';
import { lastChange, type Post, type PostSummary, type Term, type TermKind } from '../posts/query';
import { authorPath, homePagePath, postOgImagePath, postPath, seriesPath, termIndexPath, termPath } from '../urls/routes';
import { absoluteUrl } from '../urls/absolute-url';
import { ARTICLE_IMAGE_FORMATS } from '../og/formats';
import { siteConfig } from '../config';

export type JsonLdObject = { '@context'?: string; '@type': string; [key: string]: unknown };

/**
 * JSON for a <script> element. JSON itself allows `</script>` inside strings,
 * which would end the element early and let the rest run as HTML; escaping
 * every `<` (and `>`, `&`, and the JavaScript line separators) as \uXXXX keeps
 * the same JSON value while making that impossible.
 */
export function serializeJsonLd(data: JsonLdObject | JsonLdObject[]): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export type Crumb = { name: string; path: string };

export function breadcrumbJsonLd(crumbs: readonly Crumb[]): JsonLdObject {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.name,
      item: absoluteUrl(crumb.path),
    })),
  };
}

/** ホーム › カテゴリ › 記事 (the post's first category; ホーム › 記事 without one). */
export function postBreadcrumbs(post: Pick<Post, 'slug' | 'title' | 'categories'>, homeLabel: string): Crumb[] {
  const [category] = post.categories;
  return [
    { name: homeLabel, path: homePagePath(1) },
    ...(category ? [{ name: category, path: termPath('categories', category) }] : []),
    { name: post.title, path: postPath(post.slug) },
  ];
}

/** ホーム › タグ一覧 (› #タグ): where an index or a term page sits. */
export function termBreadcrumbs(
  kind: TermKind,
  labels: { home: string; index: string },
  term?: Pick<Term, 'slug' | 'name'>,
): Crumb[] {
  return [
    { name: labels.home, path: homePagePath(1) },
    { name: labels.index, path: termIndexPath(kind) },
    ...(term ? [{ name: kind === 'tags' ? `#${term.name}` : term.name, path: termPath(kind, term.slug) }] : []),
  ];
}

function publisher(): JsonLdObject {
  return {
    '@type': 'NewsMediaOrganization',
    name: siteConfig.name,
    url: absoluteUrl(homePagePath(1)),
    logo: {
      '@type': 'ImageObject',
      url: absoluteUrl(siteConfig.logo.path),
      width: siteConfig.logo.width,
      height: siteConfig.logo.height,
    },
    sameAs: Object.values(siteConfig.social).map((account) => account.url),
  };
}

export function websiteJsonLd(): JsonLdObject {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name: siteConfig.name,
    description: siteConfig.description,
    url: absoluteUrl(homePagePath(1)),
    inLanguage: siteConfig.locale,
    publisher: publisher(),
  };
}

/** A list page (a tag, a category, an index): what it is and where it sits. */
export function collectionPageJsonLd(page: { name: string; description: string; path: string }): JsonLdObject {
  return {
    '@context': 'https://schema.org',
    '@type': 'CollectionPage',
    name: page.name,
    description: page.description,
    url: absoluteUrl(page.path),
    inLanguage: siteConfig.locale,
    isPartOf: { '@type': 'WebSite', name: siteConfig.name, url: absoluteUrl(homePagePath(1)) },
  };
}

/** The writer: a person with their author page, or the desk (「編集部」, an organisation) with the site's home page. */
function articleAuthor(author: string | undefined): JsonLdObject {
  if (author === undefined || author === siteConfig.defaultAuthor) {
    return { '@type': 'Organization', name: author ?? siteConfig.defaultAuthor, url: absoluteUrl(homePagePath(1)) };
  }
  return { '@type': 'Person', name: author, url: absoluteUrl(authorPath(author)) };
}

/**
 * A post as Google's Article guidelines ask: three image ratios, dates in Japan
 * time, an author with a URL, the publisher with its logo; a 訂正 becomes a
 * `correction` (CorrectionComment) and a series part `isPartOf` its series.
 */
export function newsArticleJsonLd(post: PostSummary): JsonLdObject {
  const url = absoluteUrl(postPath(post.slug));
  const corrections = (post.updates ?? []).filter((update) => update.type === '訂正');
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: post.title,
    description: post.excerpt,
    url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    image: ARTICLE_IMAGE_FORMATS.map((format) => absoluteUrl(postOgImagePath(post.slug, format))),
    datePublished: toJstIsoString(post.date),
    dateModified: toJstIsoString(lastChange(post)),
    author: [articleAuthor(post.author)],
    publisher: publisher(),
    articleSection: post.categories,
    keywords: post.tags,
    inLanguage: siteConfig.locale,
    isAccessibleForFree: true,
    ...(corrections.length > 0
      ? {
          correction: corrections.map((update) => ({
            '@type': 'CorrectionComment',
            text: update.note,
            datePublished: toJstIsoString(update.date),
          })),
        }
      : {}),
    ...(post.series ? { isPartOf: { '@type': 'CreativeWorkSeries', name: post.series, url: absoluteUrl(seriesPath(post.series)) } } : {}),
  };
}
