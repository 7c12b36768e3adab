/**
 * The document the search index reads for one post, made from the content step's
 * data rather than from a prerendered page: posts rendered on first request
 * (app/posts/[slug]/page.tsx) have no page at build time. It holds exactly what the
 * post page gives Pagefind, from the same components: the title h1 and the article
 * body as `data-pagefind-body` regions, and the post's PostSearchData.
 */
import { createElement, Fragment } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { ArticleBody } from '../../../components/article-body';
import { Phrases } from '../../../components/phrases';
import { PostSearchData } from '../../../components/post-search-data';
import { selectPublishedPosts, withCanonicalTermNames, type Post } from '../../posts/query';
import { postPath } from '../../urls/routes';
import type { PageToIndex } from './build-index';

/** The fields of a post (a Contentlayer document) the index document is made of. */
export type IndexedPost = Pick<Post, 'slug' | 'title' | 'date' | 'draft' | 'categories' | 'tags' | 'html'> & { sponsored?: boolean };

/** What the search step keeps of each document it reads (about half of one: not the Markdown, headings or excerpt). */
export function indexedFields({ slug, title, date, draft, categories, tags, html, sponsored }: IndexedPost): IndexedPost {
  return { slug, title, date, draft, categories, tags, html, sponsored };
}

/** The post page's indexed regions and search data (components/article.tsx), as HTML. */
export function indexDocument(post: IndexedPost): PageToIndex {
  const regions = createElement(
    Fragment,
    null,
    createElement('h1', { 'data-pagefind-body': true }, createElement(Phrases, { text: post.title })),
    createElement(ArticleBody, { html: post.html }),
    createElement(PostSearchData, { post }),
  );
  const html = `<!DOCTYPE html><html lang="ja"><body><article>${renderToStaticMarkup(regions)}</article></body></html>`;
  return { url: postPath(post.slug), html, source: post.slug };
}

/**
 * The posts the index holds, newest first: the published ones at the build's
 * `now`, with terms under the names the pages show (as lib/posts/store.ts does).
 */
export function postsToIndex<T extends IndexedPost>(documents: readonly T[], now: Date): T[] {
  return withCanonicalTermNames(selectPublishedPosts(documents, { now, includeUnpublished: false }));
}
