import { describe, expect, it } from 'vitest';
import { validatePosts } from './validate';

const source = (title: string, extra = '') => `---\ntitle: ${title}\ndate: 2025-12-02\n${extra}---\n本文\n`;

describe('validatePosts', () => {
  it('accepts distinct posts', () => {
    const { posts, problems } = validatePosts([
      { file: 'content/posts/2025-12-01-a.md', source: source('A') },
      { file: 'content/posts/2025-12-02-b.md', source: source('B') },
    ]);
    expect(problems).toEqual([]);
    expect(posts.map((p) => p.frontMatter.slug)).toEqual(['a', 'b']);
  });

  it('publishes same-name posts of different dates, the later one at a dated slug, with a warning naming both files', () => {
    const { posts, problems } = validatePosts([
      { file: 'content/posts/2013-01-05-ruby.markdown', source: source('Ruby 入門') },
      { file: 'content/posts/2014-03-01-ruby.markdown', source: source('Ruby 再入門') },
    ]);
    expect(posts.map((p) => [p.frontMatter.slug, p.frontMatter.draft])).toEqual([
      ['ruby', false],
      ['ruby-2014-03-01', false],
    ]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'content/posts/2014-03-01-ruby.markdown', field: 'slug', severity: 'warning' });
    expect(problems[0].message).toContain('content/posts/2013-01-05-ruby.markdown');
    expect(problems[0].message).toContain('/posts/ruby-2014-03-01');
  });

  it('still fails two posts that claim the same `slug:`, naming both files', () => {
    const { problems } = validatePosts([
      { file: 'content/posts/2013-01-05-ruby.markdown', source: source('A', 'slug: gem\n') },
      { file: 'content/posts/2014-03-01-ruby.markdown', source: source('B', 'slug: gem\n') },
    ]);
    expect(problems.map((p) => [p.file, p.severity])).toEqual([
      ['content/posts/2013-01-05-ruby.markdown', 'error'],
      ['content/posts/2014-03-01-ruby.markdown', 'error'],
    ]);
    expect(problems[0].message).toContain('content/posts/2014-03-01-ruby.markdown');
  });

  it('names both files of a duplicate slug, including one made by a slug override', () => {
    const { problems } = validatePosts([
      { file: 'content/posts/2025-12-01-same.md', source: source('A') },
      { file: 'content/posts/2025-12-05-other.md', source: source('B', 'slug: Same\n') },
    ]);
    expect(problems).toHaveLength(2);
    for (const problem of problems) {
      expect(problem.field).toBe('slug');
      expect(problem.message).toContain('「same」');
    }
    expect(problems[0].file).toBe('content/posts/2025-12-01-same.md');
    expect(problems[0].message).toContain('content/posts/2025-12-05-other.md');
    expect(problems[1].message).toContain('content/posts/2025-12-01-same.md');
  });

  it('reports the problems of every bad file, not only the first', () => {
    const { problems, posts } = validatePosts([
      { file: 'content/posts/a.md', source: '---\ndate: 2025-12-02\n---\n' },
      { file: 'content/posts/b.md', source: source('ok') },
      { file: 'content/posts/c.md', source: '---\ntitle: [\n---\n' },
    ]);
    expect(problems.map((p) => p.file)).toEqual(['content/posts/a.md', 'content/posts/c.md']);
    expect(posts).toHaveLength(1);
  });
});
