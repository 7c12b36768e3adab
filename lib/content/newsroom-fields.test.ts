import { describe, expect, it } from 'vitest';
import { parsePostFile } from './front-matter';
import { lastModifiedWithUpdates, MAX_UPDATES, readNewsroomFields } from './newsroom-fields';
import { formatProblem } from './problems';

const file = 'content/posts/2025-12-08-earnings.md';

function source(...frontMatter: string[]) {
  return `---\ntitle: "決算速報"\ndate: 2025-12-08 09:00:00 +0900\n${frontMatter.join('\n')}\n---\n本文です。\n`;
}

function problemLines(...frontMatter: string[]): string[] {
  return parsePostFile(file, source(...frontMatter)).problems.map(formatProblem);
}

describe('updates', () => {
  it('reads dated corrections and additions, the newest one setting the last change', () => {
    const parsed = parsePostFile(
      file,
      source(
        'last_modified_at: 2025-12-08 12:00:00 +0900',
        'updates:',
        '  - date: 2025-12-09 10:00:00 +0900',
        '    type: 訂正',
        '    note: "営業利益の数値に誤りがあったため訂正しました。"',
        '  - date: 2025-12-08 15:00',
        '    type: 追記',
        '    note: 会見の内容を追記しました。',
      ),
    );
    expect(parsed.problems).toEqual([]);
    expect(parsed.frontMatter?.updates).toEqual([
      { date: '2025-12-09T01:00:00.000Z', type: '訂正', note: '営業利益の数値に誤りがあったため訂正しました。' },
      // A time without an offset is Japan time, as for `date`.
      { date: '2025-12-08T06:00:00.000Z', type: '追記', note: '会見の内容を追記しました。' },
    ]);
    expect(parsed.frontMatter?.lastModifiedAt).toBe('2025-12-09T01:00:00.000Z');
  });

  it('keeps a later last_modified_at over older updates', () => {
    expect(lastModifiedWithUpdates('2025-12-10T00:00:00.000Z', [{ date: '2025-12-09T01:00:00.000Z' }])).toBe('2025-12-10T00:00:00.000Z');
    expect(lastModifiedWithUpdates(undefined, [{ date: '2025-12-09T01:00:00.000Z' }])).toBe('2025-12-09T01:00:00.000Z');
    expect(lastModifiedWithUpdates(undefined, [])).toBeUndefined();
  });

  it('reports every broken entry at the line of updates:, as path:line: field: message', () => {
    const lines = problemLines(
      'updates:',
      '  - date: 2025-13-45 10:00',
      '    type: 修正',
      '  - type: 追記',
      '    note: 追記しました',
      '  - 訂正しました',
    );
    expect(lines).toEqual([
      expect.stringMatching(/^content\/posts\/2025-12-08-earnings\.md:4: updates: 1番目の項目の date: .*存在しない日時/),
      expect.stringMatching(/:4: updates: 1番目の項目の type は 訂正・追記・更新 のどれかにしてください（「修正」は使えません）/),
      expect.stringMatching(/:4: updates: 1番目の項目の note に/),
      expect.stringMatching(/:4: updates: 2番目の項目の date: 日時がありません/),
      expect.stringMatching(/:4: updates: 3番目の項目は date・type・note を持つ項目で書いてください/),
    ]);
    expect(lines.every((line) => line.endsWith('[エラー]'))).toBe(true);
    expect(parsePostFile(file, source('updates:', '  - 訂正しました')).frontMatter).toBeUndefined();
  });

  it('refuses a value that is not a list, and more entries than the limit', () => {
    expect(problemLines('updates: 訂正しました')).toEqual([expect.stringMatching(/:4: updates: date・type・note を持つ項目のリストで書いてください/)]);
    const many = Array.from({ length: MAX_UPDATES + 1 }, () => ['  - date: 2025-12-09', '    type: 更新', '    note: 更新'].join('\n'));
    expect(problemLines('updates:', ...many)).toEqual([expect.stringMatching(/項目が 51 個あります（50 個までにしてください）/)]);
  });

  it('refuses a note over the length limit', () => {
    const lines = problemLines('updates:', '  - date: 2025-12-09', '    type: 訂正', `    note: ${'長'.repeat(1001)}`);
    expect(lines).toEqual([expect.stringMatching(/updates: .*note/)]);
  });

  it('has no updates, series, PR or opt-out by default', () => {
    const fm = parsePostFile(file, source()).frontMatter;
    expect(fm).toMatchObject({ updates: [], sponsored: false, disclaimer: true });
    expect(fm?.series).toBeUndefined();
  });
});

describe('series, sponsored, disclaimer', () => {
  it('reads a series name as written, and the two flags', () => {
    const fm = parsePostFile(file, source('series: "金利と為替を読む"', 'sponsored: true', 'disclaimer: false')).frontMatter;
    expect(fm).toMatchObject({ series: '金利と為替を読む', sponsored: true, disclaimer: false });
  });

  it('reports flags that are not true or false, and a series that is not a name', () => {
    const problems: string[] = [];
    readNewsroomFields({ sponsored: 'PR', disclaimer: 0, series: ['a', 'b'] }, (field, message) => problems.push(`${field}: ${message}`));
    expect(problems).toEqual([
      'series: 連載名を文字列で書いてください（リストは使えません）',
      'sponsored: true か false で書いてください（「PR」は使えません）',
      'disclaimer: true か false で書いてください（「0」は使えません）',
    ]);
    expect(problemLines(`series: ${'連'.repeat(51)}`)).toEqual([expect.stringMatching(/:4: series: 連載名/)]);
    // A blank series is no series, as a blank author is no author.
    expect(problemLines('series: "  "')).toEqual([]);
    expect(parsePostFile(file, source('series: "  "')).frontMatter?.series).toBeUndefined();
  });
});
