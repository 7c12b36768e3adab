import { describe, expect, it } from 'vitest';
import { fileNameDate, repeatedNameSlugs } from './post-names';

describe('repeatedNameSlugs', () => {
  it('leaves the earliest post of a name alone and dates the later ones', () => {
    const table = repeatedNameSlugs([
      'content/posts/2014-03-01-ruby.markdown',
      'content/posts/2013-01-05-ruby.markdown',
      'content/posts/2014-03-02-rails.md',
    ]);
    expect([...table]).toEqual([['content/posts/2014-03-01-ruby.markdown', { slug: 'ruby-2014-03-01', first: 'content/posts/2013-01-05-ruby.markdown' }]]);
  });

  it('keeps existing slugs when a newer post of the same name is added', () => {
    const two = ['content/posts/2013-01-05-ruby.markdown', 'content/posts/2014-03-01-ruby.markdown'];
    const three = [...two, 'content/posts/2016-08-20-ruby.md'];
    expect(repeatedNameSlugs(three).get(two[1])).toEqual(repeatedNameSlugs(two).get(two[1]));
    expect(repeatedNameSlugs(three).get(three[2])?.slug).toBe('ruby-2016-08-20');
  });

  it('puts undated drafts after dated posts and numbers what a date cannot tell apart', () => {
    const table = repeatedNameSlugs([
      'content/posts/_drafts/日記.md',
      'content/posts/2020-01-01-日記.md',
      'content/posts/旅行/2020-01-01-日記.md',
    ]);
    expect(table.get('content/posts/_drafts/日記.md')?.slug).toBe('日記-3');
    expect(table.get('content/posts/旅行/2020-01-01-日記.md')?.slug).toBe('日記-2');
    expect(table.has('content/posts/2020-01-01-日記.md')).toBe(false);
  });

  it('reads the date of a file name with one-digit months and days', () => {
    expect(fileNameDate('content/posts/2014-3-1-ruby.md')).toBe('2014-03-01');
    expect(fileNameDate('content/posts/ruby.md')).toBeUndefined();
  });
});
