import { describe, expect, it } from 'vitest';
import { parsePostFile, type PostReadContext } from './front-matter';
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
    const [mapItem] = problemsOf(post('title: t\ndate: 2025-12-02\ntags: [AI, {入れ子: 1}]'));
    expect(mapItem).toMatchObject({ field: 'tags' });
    expect(mapItem.message).toContain('2番目');
  });

  it('reports every problem in a file at once', () => {
    const fields = problemsOf(post('title: ""\ndate: 2025-02-30\ncategories: true\nreading_time: すぐ')).map((p) => p.field);
    expect(fields).toEqual(['title', 'date', 'categories', 'reading_time']);
  });

  it('rejects a front matter that is not a mapping', () => {
    expect(problemsOf('---\n- a\n- b\n---\n本文')[0].field).toBe('front matter');
  });

  it('treats a file without front matter as missing its title, and its date when the file name has none', () => {
    expect(problemsOf('# ただの本文').map((p) => p.field)).toEqual(['title']);
    expect(parsePostFile('content/posts/no-date.md', '# ただの本文').problems.map((p) => p.field)).toEqual(['title', 'date']);
  });
});

describe('front matter as Jekyll accepts it', () => {
  const tokyo: PostReadContext = { jekyllDates: true, timeZone: 'Asia/Tokyo' };

  function jekyll(frontMatter: string, name = file, context: PostReadContext = tokyo) {
    return parsePostFile(name, post(frontMatter), context);
  }

  it('takes the date from the file name when `date:` is absent (midnight, site time)', () => {
    const parsed = jekyll('title: 日付のない記事', 'content/posts/2019-10-02-newsletter.md');
    expect(parsed.problems).toEqual([]);
    expect(parsed.frontMatter?.date).toBe('2019-10-01T15:00:00.000Z');
    const utc = jekyll('title: 日付のない記事', 'content/posts/2019-10-02-newsletter.md', { jekyllDates: true, timeZone: 'UTC' });
    expect(utc.frontMatter?.date).toBe('2019-10-02T00:00:00.000Z');
  });

  it('reads an unquoted time with seconds and no offset as UTC, as Ruby did; without seconds, or quoted, as site time', () => {
    expect(jekyll('title: t\ndate: 2014-07-07 23:30:00').frontMatter?.date).toBe('2014-07-07T23:30:00.000Z');
    expect(jekyll('title: t\ndate: 2014-07-07 23:30').frontMatter?.date).toBe('2014-07-07T14:30:00.000Z');
    expect(jekyll('title: t\ndate: "2014-07-07 23:30:00"').frontMatter?.date).toBe('2014-07-07T14:30:00.000Z');
    expect(jekyll('title: t\ndate: 2014-07-07').frontMatter?.date).toBe('2014-07-06T15:00:00.000Z');
    expect(jekyll('title: t\ndate: 2014-07-07 23:30:00 +0900').frontMatter?.date).toBe('2014-07-07T14:30:00.000Z');
    // A native post (no Jekyll site imported): Japan time, as the front-matter reference says.
    expect(parsePostFile(file, post('title: t\ndate: 2014-07-07 23:30:00'), { jekyllDates: false, timeZone: 'Asia/Tokyo' }).frontMatter?.date).toBe(
      '2014-07-07T14:30:00.000Z',
    );
  });

  it('reads site time in the old site’s zone, daylight saving included', () => {
    const newYork: PostReadContext = { jekyllDates: true, timeZone: 'America/New_York' };
    expect(jekyll('title: t\ndate: 2014-07-07 23:30', file, newYork).frontMatter?.date).toBe('2014-07-08T03:30:00.000Z');
    expect(jekyll('title: t\ndate: 2014-01-07', file, newYork).frontMatter?.date).toBe('2014-01-07T05:00:00.000Z');
  });

  it('keeps the last of a repeated key, with a warning naming the file, line and key', () => {
    const parsed = jekyll('title: 最初の題\ndate: 2014-07-07\ntitle: 二つ目の題');
    expect(parsed.frontMatter?.title).toBe('二つ目の題');
    expect(parsed.problems).toHaveLength(1);
    expect(formatProblem(parsed.problems[0])).toMatch(/^content\/posts\/2025-11-28-nvidia-earnings\.md:4: title: 「title」が 2 回以上.*\[警告\]$/);
  });

  it('accepts `category:` left empty, tags that are numbers, true/false, empty or nested, and space-separated strings', () => {
    const parsed = jekyll('title: t\ndate: 2014-07-07\ncategory:\ntags: [2014, true, null, [日記, 旅行]]\ncategories: 日記 旅行');
    expect(parsed.problems).toEqual([]);
    expect(parsed.frontMatter).toMatchObject({ tags: ['2014', 'true', '日記', '旅行'], categories: ['日記', '旅行'] });
  });

  it('never publishes a post with `published: false` or one in the drafts folder', () => {
    expect(jekyll('title: t\ndate: 2014-07-07\npublished: false').frontMatter?.draft).toBe(true);
    const draft = parsePostFile('content/posts/_drafts/書きかけ.md', post('title: 書きかけ'), { ...tokyo, now: new Date('2026-01-01T00:00:00Z') });
    expect(draft.problems).toEqual([]);
    expect(draft.frontMatter).toMatchObject({ draft: true, date: '2026-01-01T00:00:00.000Z', slug: '書きかけ' });
  });

  it('gives a repeated name the slug the collection assigned, unless the post sets `slug:`', () => {
    const later = 'content/posts/2014-03-01-ruby.markdown';
    const repeatedNames = new Map([[later, { slug: 'ruby-2014-03-01', first: 'content/posts/2013-01-05-ruby.markdown' }]]);
    expect(jekyll('title: t', later, { ...tokyo, repeatedNames }).frontMatter?.slug).toBe('ruby-2014-03-01');
    expect(jekyll('title: t\nslug: ruby-2', later, { ...tokyo, repeatedNames }).frontMatter?.slug).toBe('ruby-2');
  });
});
