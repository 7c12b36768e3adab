import { describe, expect, it } from 'vitest';
import { generateCorpusPost } from '../bench/corpus';
import { validatePosts } from '../content/validate';
import { adjacentPosts, createRelatedPostsIndex, relatedPosts } from './navigation';
import { compareNewestFirst, termSlug } from './query';

type Candidate = { slug: string; date: string; tags: string[]; categories: string[]; draft: boolean };
type P = { slug: string; date: string; tags: string[]; categories: string[]; draft: boolean };
const post = (slug: string, date: string, tags: string[] = [], categories: string[] = [], draft = false): P => ({
  slug,
  date: `${date}T00:00:00.000Z`,
  tags,
  categories,
  draft,
});

describe('relatedPosts', () => {
  const self = post('nvidia', '2025-11-21', ['NVIDIA', '半導体', '決算', 'AI'], ['テクノロジー', '半導体']);
  const candidates = [
    self,
    post('three-tags', '2025-09-01', ['半導体', '決算', 'AI'], ['投資分析']),
    post('draft-four-tags', '2025-11-13', ['NVIDIA', '半導体', '決算', 'AI'], ['半導体'], true),
    post('one-tag-two-categories', '2025-10-01', ['AI'], ['テクノロジー', '半導体']),
    post('one-tag-old', '2025-08-01', ['ＡＩ'], []),
    post('one-tag-new', '2025-11-01', ['半導体'], []),
    post('category-only', '2025-11-20', [], ['テクノロジー']),
    post('nothing-shared-newest', '2025-11-25', ['金利'], ['マクロ経済']),
    post('nothing-shared-old', '2025-01-01', ['金利'], ['マクロ経済']),
  ];

  it('ranks by shared tags, then shared categories, then recency', () => {
    expect(relatedPosts(self, candidates, 5).map((p) => p.slug)).toEqual([
      'three-tags',
      'one-tag-two-categories',
      'one-tag-new',
      'one-tag-old',
      'category-only',
    ]);
  });

  it('never includes the post itself or a draft', () => {
    const slugs = relatedPosts(self, candidates, 100).map((p) => p.slug);
    expect(slugs).not.toContain('nvidia');
    expect(slugs).not.toContain('draft-four-tags');
    expect(slugs).toHaveLength(candidates.length - 2);
  });

  it('fills up with the newest posts when nothing is shared', () => {
    const loner = post('loner', '2025-11-30', ['宇宙'], ['科学']);
    expect(relatedPosts(loner, candidates, 3).map((p) => p.slug)).toEqual(['nothing-shared-newest', 'nvidia', 'category-only']);
  });

  it('shows four by default and matches tags by URL segment (ＡＩ = AI)', () => {
    expect(relatedPosts(self, candidates)).toHaveLength(4);
    const onlyWide = relatedPosts(post('x', '2025-01-01', ['ai']), [post('wide', '2025-01-02', ['ＡＩ']), post('none', '2025-12-01')]);
    expect(onlyWide.map((p) => p.slug)).toEqual(['wide', 'none']);
  });
});

describe('adjacentPosts', () => {
  const posts = [post('b', '2025-10-01'), post('c', '2025-11-01'), post('a', '2025-09-01')];

  it('gives the post published before as previous and the one after as next', () => {
    expect(adjacentPosts('b', posts)).toEqual({ previous: posts[2], next: posts[1] });
  });

  it('has no previous for the oldest and no next for the newest', () => {
    expect(adjacentPosts('a', posts)).toEqual({ previous: undefined, next: posts[0] });
    expect(adjacentPosts('c', posts)).toEqual({ previous: posts[0], next: undefined });
  });

  it('is empty for an unknown post', () => {
    expect(adjacentPosts('zzz', posts)).toEqual({});
  });
});

describe('createRelatedPostsIndex on a generated corpus', () => {
  // The straightforward ranking, scanning every post: what the index must reproduce.
  function naiveRelated(post: Candidate, all: Candidate[], limit = 4): string[] {
    const shared = (kind: 'tags' | 'categories', other: Candidate) => {
      const mine = new Set(post[kind].map((name) => termSlug(kind, name)));
      return new Set(other[kind].map((name) => termSlug(kind, name)).filter((slug) => mine.has(slug))).size;
    };
    return all
      .filter((other) => other.slug !== post.slug && !other.draft)
      .map((other) => ({ other, tags: shared('tags', other), categories: shared('categories', other) }))
      .sort((a, b) => b.tags - a.tags || b.categories - a.categories || compareNewestFirst(a.other, b.other))
      .slice(0, limit)
      .map(({ other }) => other.slug);
  }

  const { posts } = validatePosts(
    Array.from({ length: 150 }, (_, index) => generateCorpusPost(index)).map((post) => ({ file: `posts/${post.fileName}`, source: post.source })),
  );
  const candidates: Candidate[] = posts.map(({ frontMatter }, index) => ({
    slug: frontMatter.slug,
    date: frontMatter.date,
    tags: frontMatter.tags,
    categories: frontMatter.categories,
    draft: index % 17 === 0,
  }));

  it('ranks exactly like a full scan, for every post', () => {
    const related = createRelatedPostsIndex(candidates);
    for (const post of candidates) {
      expect(related(post).map((p) => p.slug), post.slug).toEqual(naiveRelated(post, candidates));
    }
  });

  it('fills up with the newest posts when a post shares nothing', () => {
    const loner: Candidate = { slug: 'loner', date: '2020-01-01T00:00:00.000Z', tags: ['孤立したタグ'], categories: [], draft: false };
    expect(createRelatedPostsIndex([...candidates, loner])(loner).map((p) => p.slug)).toEqual(naiveRelated(loner, [...candidates, loner]));
  });
});
