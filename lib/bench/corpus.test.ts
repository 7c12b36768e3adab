import { describe, expect, it } from 'vitest';
import { validatePosts } from '../content/validate';
import { CORPUS_CATEGORIES, generateCorpusPost, generateJekyllCorpusPost } from './corpus';

const corpus = Array.from({ length: 200 }, (_, index) => generateCorpusPost(index));

describe('benchmark corpus', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    expect(generateCorpusPost(42)).toEqual(generateCorpusPost(42));
    expect(generateCorpusPost(42, 2).source).not.toEqual(generateCorpusPost(42).source);
  });

  it('writes posts the build accepts, with unique slugs and no errors', () => {
    const { posts, problems } = validatePosts(corpus.map((post) => ({ file: `posts/${post.fileName}`, source: post.source })));
    expect(problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    expect(posts).toHaveLength(corpus.length);
    expect(new Set(posts.map((post) => post.frontMatter.slug)).size).toBe(corpus.length);
  });

  it('has 3–7 tags a post, every category in use, and bodies of 3–5 KB with tables and code', () => {
    const { posts } = validatePosts(corpus.map((post) => ({ file: `posts/${post.fileName}`, source: post.source })));
    for (const post of posts) {
      expect(post.frontMatter.tags.length).toBeGreaterThanOrEqual(3);
      expect(post.frontMatter.tags.length).toBeLessThanOrEqual(7);
    }
    expect(new Set(posts.flatMap((post) => post.frontMatter.categories))).toEqual(new Set(CORPUS_CATEGORIES));
    for (const { source } of corpus) {
      const bodyBytes = Buffer.byteLength(source.slice(source.indexOf('\n---\n') + 5));
      expect(bodyBytes).toBeGreaterThanOrEqual(2800);
      expect(bodyBytes).toBeLessThanOrEqual(5400);
      expect(source).toMatch(/^\| --- \| ---: \| ---: \|$/m);
      expect(source).toMatch(/^```python$/m);
    }
  });

  it('dates every post in the past, newest first by index', () => {
    const dates = corpus.map((post) => post.source.match(/^date: (.+)$/m)![1]);
    expect(dates[0] > dates[199]).toBe(true);
  });
});

describe('benchmark corpus as a Jekyll site', () => {
  const posts = Array.from({ length: 40 }, (_, index) => generateJekyllCorpusPost(index));

  it('is deterministic and uses the Jekyll features the importer handles', () => {
    expect(generateJekyllCorpusPost(7)).toEqual(generateJekyllCorpusPost(7));
    const all = posts.map((post) => post.source).join('\n');
    for (const feature of ['{% highlight python', '{% endhighlight %}', '{% post_url ', '{% include note.html %}', '{{ site.url }}', '{% raw %}', '<!--more-->', '##背景', '{: #background-']) {
      expect(all, feature).toContain(feature);
    }
    expect(posts.filter((post) => post.fileName.endsWith('.markdown')).length).toBe(8);
    expect(posts.filter((post) => !/^date:/m.test(post.source)).length).toBe(10);
    expect(posts.filter((post) => post.fileName.endsWith('-weekly-column.md') || post.fileName.endsWith('-weekly-column.markdown')).length).toBe(4);
  });

  it('links each post but the newest to a post that exists', () => {
    const names = new Set(posts.map((post) => post.fileName.replace(/\.(md|markdown)$/, '')));
    for (const post of posts.slice(1)) {
      const target = post.source.match(/\{% post_url (\S+) %\}/)![1];
      expect(names.has(target), target).toBe(true);
    }
    expect(posts[0].source).not.toContain('post_url');
  });
});
