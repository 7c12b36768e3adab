import { describe, expect, it } from 'vitest';
import { collectAuthors, postsByAuthor } from './authors';
import { authorPath } from '../urls/routes';

const posts = [
  { slug: 'a', author: '佐藤 健一' },
  { slug: 'b', author: '田中 美咲' },
  { slug: 'c', author: '佐藤　健一' },
  { slug: 'd', author: undefined },
  { slug: 'e', author: '佐藤 健一' },
  { slug: 'f', author: 'Editorial Team' },
];

describe('collectAuthors', () => {
  it('lists every author once with a URL segment and post count, most posts first', () => {
    expect(collectAuthors(posts)).toEqual([
      { slug: '佐藤-健一', name: '佐藤 健一', count: 3 },
      { slug: 'editorial-team', name: 'Editorial Team', count: 1 },
      { slug: '田中-美咲', name: '田中 美咲', count: 1 },
    ]);
  });
});

describe('postsByAuthor', () => {
  it('finds an author’s posts by segment, whatever the spelling of the space', () => {
    expect(postsByAuthor(posts, '佐藤-健一').map((p) => p.slug)).toEqual(['a', 'c', 'e']);
    expect(postsByAuthor(posts, 'nobody')).toEqual([]);
  });
});

describe('authorPath', () => {
  it('keeps Japanese in the URL, percent-encoded', () => {
    expect(decodeURIComponent(authorPath('佐藤 健一'))).toBe('/authors/佐藤-健一');
  });
});
