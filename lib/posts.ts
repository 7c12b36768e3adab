import { allPosts, type Post as PostDocument } from 'contentlayer/generated';
import {
  collectTerms,
  paginate,
  postsWithTerm,
  selectPublishedPosts,
  toSummary,
  withCanonicalTermNames,
  type Post,
  type PostSummary,
  type Term,
  type TermKind,
} from './post-query';
import { siteConfig } from './site';

// Pages are rendered at build time, so "now" is the build: a scheduled post appears with the first build after its date.
const visibility = {
  now: new Date(),
  includeUnpublished: process.env.NODE_ENV === 'development',
};

function fromDocument(doc: PostDocument): Post {
  return {
    slug: doc.slug,
    title: doc.title,
    date: doc.date,
    lastModifiedAt: doc.lastModifiedAt || undefined,
    categories: doc.categories,
    tags: doc.tags,
    author: doc.author || undefined,
    excerpt: doc.excerpt,
    readingTime: doc.readingTime,
    draft: doc.draft,
    scheduled: new Date(doc.date).getTime() > visibility.now.getTime(),
    html: doc.html,
  };
}

const publishedPosts: Post[] = withCanonicalTermNames(selectPublishedPosts(allPosts.map(fromDocument), visibility));
const publishedSummaries: PostSummary[] = publishedPosts.map(toSummary);

export function getPublishedPosts(): PostSummary[] {
  return publishedSummaries;
}

export function getPostBySlug(slug: string): Post | undefined {
  return publishedPosts.find((post) => post.slug === slug);
}

export function getHomePage(page: number) {
  return paginate(publishedSummaries, page, siteConfig.postsPerPage);
}

export function getHomePageCount(): number {
  return getHomePage(1).totalPages;
}

export function getTerms(kind: TermKind): Term[] {
  return collectTerms(publishedSummaries, kind);
}

export function getTerm(kind: TermKind, slug: string): Term | undefined {
  return getTerms(kind).find((term) => term.slug === slug);
}

export function getPostsWithTerm(kind: TermKind, slug: string): PostSummary[] {
  return postsWithTerm(publishedSummaries, kind, slug);
}

export type { Post, PostSummary, Term, TermKind };
