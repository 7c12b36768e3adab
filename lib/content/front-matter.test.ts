import { describe, expect, it } from 'vitest';
import { parsePostFile } from './front-matter';
import { formatProblem } from './problems';

const file = 'content/posts/2025-11-28-nvidia-earnings.md';

function post(frontMatter: string, body = '本文です。') {
  return `---\n${frontMatter}\n---\n${body}\n`;
}

function valid(frontMatter: string, body?: string) {
  const parsed = parsePostFile(file, post(frontMatter, body));
  expect(parsed.problems).toEqual([]);
  return parsed.frontMatter!;
}

function problemsOf(source: string) {
  return parsePostFile(file, source).problems;
}

describe('front matter normalisation', () => {
  it('reads a full Jekyll post and ignores unknown keys', () => {
    const fm = valid(
      [
        'layout: post',
        'title: "NVIDIA決算：売上が過去最高"',
        'date: 2025-11-28 02:10:27 +0000',
        'categories: [テクノロジー, 半導体]',
        'tags: [NVIDIA, 決算]',
        'author: 佐藤 健一',
        'excerpt: 要約です。',
        'reading_time: 8',
        'comments: true',
        'image: /images/x.png',
      ].join('\n'),
    );
    expect(fm).toMatchObject({
      title: 'NVIDIA決算：売上が過去最高',
      date: '2025-11-28T02:10:27.000Z',
      slug: 'nvidia-earnings',
      categories: ['テクノロジー', '半導体'],
      tags: ['NVIDIA', '決算'],
      author: '佐藤 健一',
      excerpt: '要約です。',
      readingTime: 8,
      draft: false,
    });
  });

  it('splits string categories and tags on spaces, like Jekyll', () => {
    const fm = valid('title: t\ndate: 2025-12-02\ncategories: 投資分析 マクロ経済\ntags: 金利 日銀');
    expect(fm.categories).toEqual(['投資分析', 'マクロ経済']);
    expect(fm.tags).toEqual(['金利', '日銀']);
    expect(fm.date).toBe('2025-12-01T15:00:00.000Z');
  });

  it('accepts singular category and tag, and de-duplicates by URL segment', () => {
    const fm = valid('title: t\ndate: 2025-12-02\ncategory: AI 研究\ncategories: [AI 研究]\ntag: ＡＩ\ntags: [AI, 2025]');
    expect(fm.categories).toEqual(['AI 研究']);
    expect(fm.tags).toEqual(['AI', '2025']);
  });

  it('treats empty lists and missing optional fields as empty', () => {
    const fm = valid('title: t\ndate: 2025-12-02\ntags:\ncategories: []');
    expect(fm).toMatchObject({ tags: [], categories: [], author: undefined, excerpt: undefined, readingTime: undefined });
  });

  it('recognises drafts written either way', () => {
    expect(valid('title: t\ndate: 2025-12-02\ndraft: true').draft).toBe(true);
    expect(valid('title: t\ndate: 2025-12-02\npublished: false').draft).toBe(true);
    expect(valid('title: t\ndate: 2025-12-02\npublished: true').draft).toBe(false);
  });

  it('uses slug, last_modified_at, redirect_from and reading_time strings', () => {
    const fm = valid('title: t\ndate: 2025-12-02\nslug: Custom Slug\nlast_modified_at: 2025-12-03 10:00:00 +0900\nredirect_from: /old/\nreading_time: "5分"');
    expect(fm).toMatchObject({ slug: 'custom-slug', lastModifiedAt: '2025-12-03T01:00:00.000Z', redirectFrom: ['/old/'], readingTime: 5 });
  });
});

describe('validation messages', () => {
  it('names the field and line of a missing or empty title', () => {
    expect(problemsOf(post('date: 2025-12-02'))).toEqual([
      { file, line: 1, field: 'title', message: 'タイトルがありません', severity: 'error' },
    ]);
    const [empty] = problemsOf(post('date: 2025-12-02\ntitle: "  "'));
    expect(formatProblem(empty)).toBe(`${file}:3: title: タイトルが空です [エラー]`);
  });

  it('rejects an impossible date on its line', () => {
    const [problem] = problemsOf(post('title: t\ndate: 2025-13-45 99:99:99'));
    expect(problem).toMatchObject({ field: 'date', line: 3 });
    expect(problem.message).toContain('2025-13-45 99:99:99');
  });

  it('reports broken YAML with its line', () => {
    const [problem] = problemsOf('---\ntitle: t\ndate: 2025-12-02\ntags: [AI, 半導体\n---\n本文');
    expect(problem.field).toBe('front matter');
    expect(problem.message).toMatch(/^YAML を読めません/);
    expect(problem.line).toBeGreaterThanOrEqual(4);
  });

  it('rejects a category that is neither a list nor a string', () => {
    const [problem] = problemsOf(post('title: t\ndate: 2025-12-02\ncategories:\n  main: 投資'));
    expect(problem).toMatchObject({ field: 'categories', line: 4 });
    expect(problem.message).toContain('文字列かリスト');
    const [nested] = problemsOf(post('title: t\ndate: 2025-12-02\ntags: [AI, [入れ子]]'));
    expect(nested).toMatchObject({ field: 'tags' });
    expect(nested.message).toContain('2番目');
  });

  it('reports every problem in a file at once', () => {
    const fields = problemsOf(post('title: ""\ndate: 2025-02-30\ncategories: true\nreading_time: すぐ')).map((p) => p.field);
    expect(fields).toEqual(['title', 'date', 'categories', 'reading_time']);
  });

  it('rejects a front matter that is not a mapping', () => {
    expect(problemsOf('---\n- a\n- b\n---\n本文')[0].field).toBe('front matter');
  });

  it('treats a file without front matter as missing its title and date', () => {
    expect(problemsOf('# ただの本文').map((p) => p.field)).toEqual(['title', 'date']);
  });
});
