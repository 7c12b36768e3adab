import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../markdown/render';
import { parsePostFile } from './front-matter';
import { bodyLimitProblems, CONTENT_LIMITS, firstForbiddenCharacter } from './limits';
import matter from './safe-gray-matter';

const file = 'content/posts/2025-11-01-hostile.md';
const post = (frontMatter: string, body = '本文です。') => `---\ntitle: 検証用の記事\ndate: 2025-11-01\n${frontMatter}---\n${body}\n`;
const problemsOf = (source: string) => parsePostFile(file, source).problems.map(({ line, field, message }) => ({ line, field, message }));

/** Written by the JavaScript front matter of the fixtures, were it ever evaluated. */
const MARKER = path.join(tmpdir(), 'fm-js-front-matter-ran');
const FIXTURES = path.join('test', 'fixtures', 'hostile', 'front-matter');

describe('front matter languages', () => {
  it.each(['---js', '---JS', '---javascript', '--- coffee', '---json', '---toml', '---cson'])(
    'refuses %s on line 1 without evaluating it',
    (opener) => {
      rmSync(MARKER, { force: true });
      const source = `${opener}\n{ title: (require('fs').writeFileSync(${JSON.stringify(MARKER)}, 'x'), '実行された'), date: '2025-11-01' }\n---\n本文\n`;
      const parsed = parsePostFile(file, source);
      expect(parsed.frontMatter).toBeUndefined();
      expect(parsed.problems).toHaveLength(1);
      expect(parsed.problems[0]).toMatchObject({ file, line: 1, field: 'front matter', severity: 'error' });
      expect(parsed.problems[0].message).toContain(`「${opener.replace(/\s/g, '')}」`);
      expect(existsSync(MARKER)).toBe(false);
    },
  );

  it('still reads YAML, written as --- or ---yaml', () => {
    expect(parsePostFile(file, '---yaml\ntitle: 題\ndate: 2025-11-01\n---\n本文\n').problems).toEqual([]);
    expect(parsePostFile(file, post('')).problems).toEqual([]);
  });

  // Contentlayer calls gray-matter itself, with only its `yaml` engine replaced (as here).
  it.each(['js', 'JavaScript', 'coffee', 'json'])('makes gray-matter, as Contentlayer calls it, refuse ---%s', (language) => {
    rmSync(MARKER, { force: true });
    const source = `---${language}\n{ title: (require('fs').writeFileSync(${JSON.stringify(MARKER)}, 'x'), 't') }\n---\n本文\n`;
    expect(() => matter(source, { engines: { yaml: () => ({}) } })).toThrow(/only YAML front matter/);
    expect(existsSync(MARKER)).toBe(false);
  });
});

describe('front-matter limits', () => {
  it('accepts a post at every limit', () => {
    const tags = Array.from({ length: CONTENT_LIMITS.tagsPerPost }, (_, i) => `${'タ'.repeat(CONTENT_LIMITS.termLength - 3)}${i}`);
    const source = post(`tags: [${tags.join(', ')}]\nauthor: ${'著'.repeat(CONTENT_LIMITS.authorLength)}\n`).replace(
      'title: 検証用の記事',
      `title: ${'題'.repeat(CONTENT_LIMITS.titleLength)}`,
    );
    expect(problemsOf(source)).toEqual([]);
  });

  it('rejects a 201-character title, a 10,000-character tag and 21 tags, each on its line', () => {
    const problems = problemsOf(
      `---\ntitle: ${'長'.repeat(201)}\ndate: 2025-11-01\ntags: [${Array.from({ length: 21 }, (_, i) => `タグ${i}`).join(', ')}]\ncategories: [${'あ'.repeat(10_000)}]\n---\n本文\n`,
    );
    expect(problems.map(({ line, field }) => ({ line, field }))).toEqual([
      { line: 2, field: 'title' },
      { line: 4, field: 'tags' },
      { line: 5, field: 'categories' },
    ]);
    expect(problems[0].message).toContain('201 文字');
    expect(problems[1].message).toContain('21 個');
    expect(problems[2].message).toContain('10000 文字');
  });

  it('counts characters, not UTF-16 units', () => {
    expect(problemsOf(post('author: ' + '𠮷'.repeat(CONTENT_LIMITS.authorLength) + '\n'))).toEqual([]);
    expect(problemsOf(post('author: ' + '𠮷'.repeat(CONTENT_LIMITS.authorLength + 1) + '\n'))[0]).toMatchObject({ field: 'author' });
  });

  it.each([
    ['\\b', 'U+0008'],
    ['\\e', 'U+001B'],
    ['\\0', 'U+0000'],
    ['\\x85', 'U+0085'],
    ['\\uFFFF', 'U+FFFF'],
    ['\\uFDD0', 'U+FDD0'],
    ['\\U0001FFFE', 'U+1FFFE'],
  ])('rejects %s in the title and the author, naming the character', (escape, name) => {
    const problems = problemsOf(`---\ntitle: "見出し${escape}"\ndate: 2025-11-01\nauthor: "記者${escape}"\n---\n本文\n`);
    expect(problems).toEqual([
      { line: 2, field: 'title', message: expect.stringContaining(name) },
      { line: 4, field: 'author', message: expect.stringContaining(name) },
    ]);
  });

  it('checks every string of the front matter, nested lists and unknown keys included', () => {
    const problems = problemsOf(post('tags: [正常, "鐘\\a"]\nredirect_from: ["/old\\e"]\nimage:\n  alt: "説明\\b"\n'));
    expect(problems.map(({ line, field }) => ({ line, field }))).toEqual([
      { line: 4, field: 'tags' },
      { line: 5, field: 'redirect_from' },
      { line: 6, field: 'image' },
    ]);
  });

  it('finds a lone surrogate and allows tabs, line breaks and paired surrogates', () => {
    expect(firstForbiddenCharacter('a\ud800b')).toMatch(/^U\+D800/);
    expect(firstForbiddenCharacter('a\udc00')).toMatch(/^U\+DC00/);
    expect(firstForbiddenCharacter('行1\n行2\t\r\n𠮷😀')).toBeUndefined();
  });
});

describe('body limits', () => {
  const problemsAt = (body: string) => bodyLimitProblems(file, body, 10).map(({ line, field }) => `${line}:${field}`);

  it('rejects 3,000 levels of quotes on their file line, and every such line in one report', () => {
    const problems = bodyLimitProblems(file, `前置き\n\n${'>'.repeat(3000)} 深い\n\n${'> '.repeat(3000)}深い\n`, 10);
    expect(problems[0]).toMatchObject({ line: 12, field: 'body', severity: 'error' });
    expect(problems[0].message).toContain('3000 個');
    expect(problems[0].message).toContain('ほかに 1 行');
  });

  it('rejects one line of `- ` × 10,000', () => {
    expect(problemsAt(`${'- '.repeat(10_000)}項目`)).toContain('10:body');
  });

  it('rejects nesting built up by indentation, a level per line', () => {
    const body = Array.from({ length: 60 }, (_, i) => `${'  '.repeat(i)}- 第${i + 1}段`).join('\n');
    // Line 51 of the body (file line 60) is the first whose markers end past column 100.
    expect(problemsAt(body)).toEqual(['60:body']);
  });

  it('accepts what real posts do: nested quotes and lists, a thematic break, code', () => {
    const body = [
      '> > > 三段の引用',
      '> - 引用の中のリスト',
      '>   1. 番号付き',
      '- 項目',
      '  - 入れ子',
      '    - さらに入れ子',
      '- - - - - - - - - - - - - - - - - - - - - - - - -',
      '```',
      `${'>'.repeat(100)} コードの中は数えない`,
      '```',
      '*強調*と-1 と 2025.',
    ].join('\n');
    expect(problemsAt(body)).toEqual([]);
  });

  it('checks what follows a fence opened inside a container: that fence ends with the container', () => {
    expect(problemsAt(`> \`\`\`\n\n${'>'.repeat(3000)}`)).toContain('12:body');
    expect(problemsAt(`- a\n  \`\`\`\n${'>'.repeat(3000)}`)).toContain('12:body');
    // A backtick in the info string: not a fence, so not code.
    expect(problemsAt(`\`\`\`a\`\n${'>'.repeat(3000)}`)).toContain('11:body');
  });

  it('rejects 20,000 levels in linear time, before any parser runs', () => {
    const started = performance.now();
    const parsed = parsePostFile(file, post('', `${'> '.repeat(20_000)}深い`));
    expect(performance.now() - started).toBeLessThan(500);
    expect(parsed.frontMatter).toBeUndefined();
    expect(parsed.problems[0]).toMatchObject({ line: 5, field: 'body' });
  });

  it('rejects a body over the length limit', () => {
    expect(problemsAt('あ'.repeat(CONTENT_LIMITS.bodyLength + 1))).toEqual(['10:body']);
  });
});

describe('body limits on what makes the Markdown parser quadratic', () => {
  const problemsAt = (body: string) => bodyLimitProblems(file, body, 10).map(({ line, field }) => `${line}:${field}`);
  const messagesOf = (body: string) => bodyLimitProblems(file, body, 10).map(({ message }) => message);
  /** CPU time, not wall time: the work done, whatever else the machine is running. */
  const cpuMs = async (work: () => unknown) => {
    const before = process.cpuUsage();
    await work();
    const { user, system } = process.cpuUsage(before);
    return (user + system) / 1000;
  };

  const items = (count: number) => '- 項目\n'.repeat(count);
  const nestedItems = (count: number) => '- - 入れ子の項目\n'.repeat(count);
  const runs = (count: number) => '*強調'.repeat(count);

  it('rejects list item 2,001 on the line it is on, counting every marker of a line', () => {
    expect(problemsAt(items(CONTENT_LIMITS.listItems))).toEqual([]);
    expect(problemsAt(`前置き\n\n${items(CONTENT_LIMITS.listItems + 5)}`)).toEqual([`${12 + CONTENT_LIMITS.listItems}:body`]);
    expect(messagesOf(items(CONTENT_LIMITS.listItems + 5))[0]).toContain(`${CONTENT_LIMITS.listItems + 5} 個`);
    // Numbered items and items in quotes count too; `- - -` is a thematic break, not items.
    expect(problemsAt('1. 番号\n> - 引用の中\n'.repeat(CONTENT_LIMITS.listItems / 2) + '* 最後')).toEqual([
      `${10 + CONTENT_LIMITS.listItems}:body`,
    ]);
    expect(problemsAt('- - -\n'.repeat(CONTENT_LIMITS.listItems + 1))).toEqual([]);
  });

  it('rejects line 201 that opens a list or a quote inside a list item, however it is written', () => {
    expect(problemsAt(nestedItems(CONTENT_LIMITS.nestedListLines))).toEqual([]);
    expect(problemsAt(nestedItems(CONTENT_LIMITS.nestedListLines + 1))).toEqual([`${10 + CONTENT_LIMITS.nestedListLines}:body`]);
    expect(problemsAt('1. > 引用\n'.repeat(CONTENT_LIMITS.nestedListLines + 1))).toEqual([`${10 + CONTENT_LIMITS.nestedListLines}:body`]);
    // Sub-items on their own, indented lines: the second line of every pair.
    expect(problemsAt('- 親\n  - 子\n'.repeat(CONTENT_LIMITS.nestedListLines + 1))).toEqual([
      `${10 + 2 * CONTENT_LIMITS.nestedListLines + 1}:body`,
    ]);
    // Quotes in quotes and lists in quotes are not list items opening containers.
    expect(problemsAt('> > - 引用の中のリスト\n'.repeat(CONTENT_LIMITS.nestedListLines + 1))).toEqual([]);
  });

  it('rejects a paragraph of 501 emphasis runs on the line where it crosses, and each such paragraph in one report', () => {
    expect(problemsAt(runs(CONTENT_LIMITS.emphasisRunsPerParagraph))).toEqual([]);
    const twoLines = `${runs(300)}\n${runs(300)}`;
    expect(problemsAt(`段落\n\n${twoLines}\n\n${twoLines}`)).toEqual(['13:body']);
    expect(messagesOf(`${twoLines}\n\n${twoLines}`)[0]).toContain('ほかに 1 段落');
    // `**` and `~~` are one run each; a blank line inside a quote, and a new list item, end the paragraph.
    expect(problemsAt('**太字**'.repeat(250))).toEqual([]);
    expect(problemsAt(`> ${runs(300)}\n>\n> ${runs(300)}`)).toEqual([]);
    expect(problemsAt(`- ${runs(300)}\n- ${runs(300)}`)).toEqual([]);
  });

  it('rejects a paragraph of 501 `[` on the line where it crosses', () => {
    expect(problemsAt('[リンク]'.repeat(CONTENT_LIMITS.bracketsPerParagraph))).toEqual([]);
    expect(problemsAt(`段落\n${'[a]('.repeat(300)}\n${'[a]('.repeat(300)}`)).toEqual(['12:body']);
    expect(problemsAt(`${'[a]'.repeat(300)}\n\n${'[a]'.repeat(300)}`)).toEqual([]);
  });

  it('rejects a body as long as allowed of sub-lists, of open emphasis or of brackets, in linear time', async () => {
    // Just under the length limit, so only the shape limits speak.
    const under = CONTENT_LIMITS.bodyLength - 100;
    const sublists = post('', nestedItems(Math.floor(under / '- - 入れ子の項目\n'.length)));
    const emphasis = post('', '*あ'.repeat(Math.floor(under / 2)));
    const brackets = post('', '[a]'.repeat(Math.floor(under / 3)));
    const parsed: ReturnType<typeof parsePostFile>[] = [];
    for (const source of [sublists, emphasis, brackets]) {
      // Each body alone: 500 ms of CPU is a bound on work, far above a linear scan.
      expect(await cpuMs(() => parsed.push(parsePostFile(file, source)))).toBeLessThan(500);
    }
    expect(parsed.map((p) => p.frontMatter)).toEqual([undefined, undefined, undefined]);
    expect(parsed[2].problems.map((p) => `${p.line}:${p.field}`)).toEqual(['5:body']);
    expect(parsed[0].problems.map((p) => `${p.line}:${p.field}`)).toEqual([
      `${5 + CONTENT_LIMITS.listItems / 2}:body`,
      `${5 + CONTENT_LIMITS.nestedListLines}:body`,
    ]);
    expect(parsed[1].problems.map((p) => `${p.line}:${p.field}`)).toEqual(['5:body']);
  });

  it('renders a post at every one of these limits through the real pipeline with bounded work', async () => {
    const body = [
      nestedItems(CONTENT_LIMITS.nestedListLines),
      items(CONTENT_LIMITS.listItems - 2 * CONTENT_LIMITS.nestedListLines),
      `\n${runs(CONTENT_LIMITS.emphasisRunsPerParagraph)}\n`,
      `\n${'[リンク]'.repeat(CONTENT_LIMITS.bracketsPerParagraph)}\n`,
    ].join('');
    expect(bodyLimitProblems(file, body, 1)).toEqual([]);
    let html = '';
    const spent = await cpuMs(async () => {
      html = (await renderMarkdown(body)).html;
    });
    // Measured at about 2 s of CPU on a loaded machine; twice the items would be about 4 times that.
    expect(spent).toBeLessThan(20_000);
    expect(html.match(/<li>/g)).toHaveLength(CONTENT_LIMITS.listItems);
  });

  it('rejects control characters and non-characters in the body, in code too, on their lines', () => {
    const problems = bodyLimitProblems(file, '普通の行\nベル\u0007の音\n\n```\n端末\u001b[31m\n```\n非文字\uFFFF\n', 10);
    expect(problems.map(({ line, field }) => `${line}:${field}`)).toEqual(['11:body']);
    expect(problems[0].message).toContain('U+0007');
    expect(problems[0].message).toContain('ほかに 2 行');
    expect(problemsAt('NUL\u0000')).toEqual(['10:body']);
    expect(problemsAt('タブ\tと改行\r\nと𠮷と\uFEFFは使えます')).toEqual([]);
  });

  it('accepts what real posts do with lists and emphasis', () => {
    const body = [
      '## まとめ',
      '',
      '**重要**な点は *三つ* あります。~~古い情報~~は消しました。snake_case の名前も書けます。',
      '',
      '1. 最初の手順',
      '   - 補足の項目',
      '   - もう一つの補足',
      '2. 次の手順',
      '   > 引用した注意書き',
      '- [ ] 未完了のタスク',
      '- [x] 完了したタスク',
    ].join('\n');
    expect(problemsAt(Array.from({ length: 40 }, () => body).join('\n\n'))).toEqual([]);
  });
});

describe('hostile body fixtures (test/fixtures/hostile/nested)', () => {
  const NESTED = path.join('test', 'fixtures', 'hostile', 'nested');
  const expected: Record<string, string[]> = {
    'nested-control-chars.md': ['6:body'],
    'nested-emphasis.md': ['8:body'],
    'nested-sublists.md': ['208:body'],
  };

  it('has an expectation for every fixture', () => {
    expect(readdirSync(NESTED).sort()).toEqual(Object.keys(expected).sort());
  });

  it.each(Object.entries(expected))('%s', (name, problems) => {
    const fixture = path.join(NESTED, name);
    const parsed = parsePostFile(fixture, readFileSync(fixture, 'utf8'));
    expect(parsed.frontMatter).toBeUndefined();
    expect(parsed.problems.map((p) => `${p.line}:${p.field}`)).toEqual(problems);
    expect(parsed.problems.every((p) => p.file === fixture && p.severity === 'error')).toBe(true);
  });
});

describe('hostile front-matter fixtures (test/fixtures/hostile/front-matter)', () => {
  // file → the `line:field` of every problem it must produce, in order.
  const expected: Record<string, string[]> = {
    'fm-coffee-front-matter.md': ['1:front matter'],
    'fm-control-chars.md': ['2:title', '4:author', '5:tags'],
    'fm-deep-quote-20000.md': ['8:body', '8:body'],
    'fm-deep-quote.md': ['8:body', '8:body'],
    'fm-javascript-upper.md': ['1:front matter'],
    'fm-js-front-matter.md': ['1:front matter'],
    'fm-json-front-matter.md': ['1:front matter'],
    // Too deep, too wide, and 10,000 list items on one line.
    'fm-list-markers.md': ['8:body', '8:body', '8:body'],
    'fm-long-tag.md': ['5:tags'],
    'fm-long-title.md': ['2:title'],
    'fm-many-tags.md': ['5:tags'],
    'fm-noncharacter.md': ['2:title'],
  };

  it('has an expectation for every fixture', () => {
    expect(readdirSync(FIXTURES).sort()).toEqual(Object.keys(expected).sort());
  });

  it.each(Object.entries(expected))('%s', (name, problems) => {
    rmSync(MARKER, { force: true });
    const fixture = path.join(FIXTURES, name);
    const parsed = parsePostFile(fixture, readFileSync(fixture, 'utf8'));
    expect(parsed.frontMatter).toBeUndefined();
    expect(parsed.problems.map((p) => `${p.line}:${p.field}`)).toEqual(problems);
    expect(parsed.problems.every((p) => p.file === fixture && p.severity === 'error')).toBe(true);
    expect(existsSync(MARKER)).toBe(false);
  });
});

describe('front-matter regexes on 100,000-character worst cases', () => {
  it('reads reading_time in linear time (a long blank run before a non-unit)', () => {
    const started = performance.now();
    const problems = problemsOf(post(`reading_time: "5${' '.repeat(100_000)}x"\n`));
    expect(performance.now() - started).toBeLessThan(500);
    expect(problems.map((p) => p.field)).toEqual(['reading_time']);
  });

  it('still reads reading_time with its unit', () => {
    expect(parsePostFile(file, post('reading_time: "5 分"\n')).frontMatter?.readingTime).toBe(5);
    expect(parsePostFile(file, post('reading_time: 7 minutes\n')).frontMatter?.readingTime).toBe(7);
  });
});
