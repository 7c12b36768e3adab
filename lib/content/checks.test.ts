import { describe, expect, it } from 'vitest';
import { checkPosts } from './checks';
import { validatePosts } from './validate';

const now = new Date('2025-12-01T00:00:00Z');
const publicFiles = new Set(['/images/chart.png']);

type Fixture = { name: string; front?: string; body?: string };

// Front matter lines for a fixture: its own, plus defaults for keys it does not set.
function withDefaults(front: string): string {
  const defaults = ['date: 2025-11-01', 'categories: [投資分析]', 'excerpt: 要約'];
  return [...defaults.filter((line) => !front.includes(line.split(':')[0] + ':')), front].join('\n');
}

function check(...fixtures: Fixture[]) {
  const files = fixtures.map(({ name, front = '', body = '本文です。' }) => ({
    file: `content/posts/${name}.md`,
    source: `---\ntitle: ${name}\n${withDefaults(front)}---\n${body}\n`,
  }));
  const { posts, problems } = validatePosts(files);
  expect(problems).toEqual([]);
  return checkPosts({ posts, now, publicFileExists: (p) => publicFiles.has(p) });
}

const messages = (problems: ReturnType<typeof check>) => problems.map((p) => `${p.file}:${p.line}: ${p.field}: ${p.message}`);

describe('checkPosts', () => {
  it('passes a clean pair of posts', () => {
    expect(check({ name: 'a' }, { name: 'b', body: '## 見出し\n\n### 小見出し\n\n[a](/posts/a) ![図](/images/chart.png)' })).toEqual([]);
  });

  it('knows the series pages: a link to a series a post names, or to /series, is not broken; one to no series is', () => {
    const problems = check(
      { name: 'a', front: 'series: "金利と為替を読む"\n' },
      { name: 'b', body: '[連載](/series/金利と為替を読む) [一覧](/series) [ない](/series/ない連載)' },
    );
    expect(messages(problems)).toEqual(['content/posts/b.md:7: body: リンク先 /series/ない連載 が見つかりません']);
  });

  it('warns about a missing excerpt on its line', () => {
    const files = [{ file: 'content/posts/x.md', source: '---\ntitle: x\ndate: 2025-11-01\n---\n本文\n' }];
    const problems = checkPosts({ posts: validatePosts(files).posts, now, publicFileExists: () => false });
    expect(problems).toMatchObject([{ field: 'excerpt', severity: 'warning', line: 1 }]);
  });

  it('warns about an excerpt over 160 characters', () => {
    const [problem] = check({ name: 'a', front: `excerpt: ${'あ'.repeat(161)}\n` });
    expect(problem).toMatchObject({ field: 'excerpt', severity: 'warning', line: 5 });
    expect(check({ name: 'a', front: `excerpt: ${'あ'.repeat(160)}\n` })).toEqual([]);
  });

  it('warns about a tag that differs from an existing one only by width or case', () => {
    const problems = check({ name: 'a', front: 'tags: [AI]\n' }, { name: 'b', front: 'tags: [AI]\n' }, { name: 'c', front: 'tags: [ＡＩ]\n' });
    expect(messages(problems)).toEqual(['content/posts/c.md:6: tags: 「ＡＩ」は既存の「AI」と全角・半角や大文字・小文字だけが違います（「AI」に揃えてください）']);
    expect(check({ name: 'a', front: 'tags: [AI]\n' }, { name: 'b', front: 'tags: [AI]\n' })).toEqual([]);
  });

  it('warns about a category only this post uses', () => {
    const problems = check({ name: 'a' }, { name: 'b', front: 'category: 新設カテゴリ\n' });
    expect(problems).toMatchObject([{ file: 'content/posts/b.md', field: 'categories', severity: 'warning' }]);
    expect(problems[0].message).toContain('新設カテゴリ');
  });

  it('warns about internal links to pages that do not exist, with the body line', () => {
    const body = '一行目\n\n[ある](/posts/a) [タグ](/tags/ai) [分類](/categories/投資分析)\n\n[ない](/posts/nothing-here) [ないタグ](/tags/%E3%81%AA%E3%81%84)';
    const problems = check({ name: 'a', front: 'tags: [AI]\n' }, { name: 'b', body });
    expect(messages(problems)).toEqual([
      'content/posts/b.md:11: body: リンク先 /posts/nothing-here が見つかりません',
      'content/posts/b.md:11: body: リンク先 /tags/ない が見つかりません',
    ]);
  });

  it('warns about missing or relative images', () => {
    const problems = check({ name: 'a', body: '![ある](/images/chart.png)\n![ない](/images/missing.png)\n![相対](chart.png)' });
    expect(problems.map((p) => p.message)).toEqual([
      '画像 public/images/missing.png が見つかりません',
      '画像「chart.png」は /images/… のように public/ からの絶対パスで書いてください',
    ]);
  });

  it('warns about headings that skip a level or an h1 in the body, but not a repeated title', () => {
    const problems = check({ name: 'a', body: '# a\n\n## 一\n\n#### 飛んだ\n\n# 二つ目の h1' });
    expect(problems.map((p) => p.line)).toEqual([11, 13]);
    expect(problems[0].message).toBe('見出しが h2 から h4 に飛んでいます（「飛んだ」）');
    expect(problems[1].message).toMatch(/^本文に h1（# 見出し）があります/);
  });

  it('notes a scheduled post as information', () => {
    const problems = check({ name: 'a', front: 'date: 2025-12-02 09:00:00 +0900\n' });
    expect(problems).toMatchObject([{ field: 'date', severity: 'info' }]);
    expect(problems[0].message).toContain('2025年12月2日 09:00（日本時間）');
  });
});
