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

  it('checks the tree readers get: inside a Zenn box, on the line the writer wrote', () => {
    // The body starts on line 7 of the file. The box markers get blank lines of their own before
    // parsing, which would move the first link to line 10 and the second to 16 if positions were not mapped back.
    const body = ':::message\n注意書きです。\n[ない](/posts/nothing-here)\n:::\n:::details 補足\n[これもない](/posts/not-here-either)\n:::';
    expect(messages(check({ name: 'a', body }))).toEqual([
      'content/posts/a.md:9: body: リンク先 /posts/nothing-here が見つかりません',
      'content/posts/a.md:12: body: リンク先 /posts/not-here-either が見つかりません',
    ]);
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

  it('warns about headings that skip a level as the page shows them (the body\'s top level is h2), not about a repeated title', () => {
    // `# 二つ目` is the shallowest, so it is the h2 and `##` the h3: the page goes h1 → h3 → h5 → h2.
    const problems = check({ name: 'a', body: '# a\n\n## 一\n\n#### 飛んだ\n\n# 二つ目' });
    expect(problems.map((p) => p.line)).toEqual([9, 11]);
    expect(problems.map((p) => p.message)).toEqual(['見出しが h1 から h3 に飛んでいます（「一」）', '見出しが h3 から h5 に飛んでいます（「飛んだ」）']);
    // A body whose sections are `#` and `##` reads h2/h3 on the page: nothing to fix.
    expect(check({ name: 'b', body: '# 節\n\n## 小節\n\n# 次の節' })).toEqual([]);
    // A post that starts at `###` (as the seed post did) is shifted to h2 too.
    expect(check({ name: 'c', body: '### 節\n\n#### 小節' })).toEqual([]);
  });

  it('reads a {% highlight %} block as code, so its `# comments` are no headings', () => {
    const body = '## 節\n\n{% highlight ruby linenos %}\n# => 7 になる\nputs 3 + 4\n{% endhighlight %}\n\n#### 飛んだ';
    const problems = check({ name: 'a', body });
    // Only the real skip is reported, on its line as written (the highlight tags kept the lines).
    expect(messages(problems)).toEqual(['content/posts/a.md:14: body: 見出しが h2 から h4 に飛んでいます（「飛んだ」）']);
  });

  it('warns about Liquid it cannot render and raw HTML the sanitiser removes, with their lines', () => {
    // The first line repeats the title and is dropped before rendering; the lines still count from the file.
    const body = '# a\n一行目\n\n{% comment %}\n消える\n{% endcomment %}\n\n{% pullquote %}\n\n<script>alert("やあ")</script>\n\n<iframe src="https://example.com/"></iframe>';
    expect(messages(check({ name: 'a', body }))).toEqual([
      'content/posts/a.md:14: body: Liquid タグ {% pullquote %} はこのサイトでは表示できないため取り除きました',
      'content/posts/a.md:16: body: HTML の <script> は安全のため表示されません（取り除かれます）',
      'content/posts/a.md:18: body: HTML の <iframe> は安全のため表示されません（取り除かれます）',
    ]);
  });

  it('notes a scheduled post as information', () => {
    const problems = check({ name: 'a', front: 'date: 2025-12-02 09:00:00 +0900\n' });
    expect(problems).toMatchObject([{ field: 'date', severity: 'info' }]);
    expect(problems[0].message).toContain('2025年12月2日 09:00（日本時間）');
  });
});
