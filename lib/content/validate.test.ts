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
