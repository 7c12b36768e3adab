import { describe, expect, it } from 'vitest';
import { cleanImportedBody } from './cleanup';
import { excerptFromMarkdown, markdownToPlainText } from './plain-text';
import { renderMarkdownToHtml } from './render';

describe('cleanImportedBody', () => {
  const title = 'NVIDIA決算：売上が過去最高';

  it('drops a first line that repeats the title as a heading', () => {
    expect(cleanImportedBody(`\n# ${title}\n\n本文。\n`, title)).toBe('本文。\n');
    expect(cleanImportedBody(`## ${title} ##\n本文。`, title)).toBe('本文。\n');
  });

  it('drops a plain, bold or setext repeat, ignoring width differences', () => {
    expect(cleanImportedBody(`${title}\n\n本文。`, title)).toBe('本文。\n');
    expect(cleanImportedBody(`**${title}**\n\n本文。`, title)).toBe('本文。\n');
    expect(cleanImportedBody(`${title}\n=====\n\n本文。`, title)).toBe('本文。\n');
    expect(cleanImportedBody('ＮＶＩＤＩＡ決算：売上が過去最高\n\n本文。', title)).toBe('本文。\n');
  });

  it('keeps a first line that only mentions the title', () => {
    expect(cleanImportedBody(`# ${title}の背景\n\n本文。`, title)).toBe(`# ${title}の背景\n\n本文。\n`);
  });

  it('drops the ---END--- export marker at the end only', () => {
    expect(cleanImportedBody('本文。\n\n---END---\n', title)).toBe('本文。\n');
    expect(cleanImportedBody('本文。\n---END---', title)).toBe('本文。\n');
    expect(cleanImportedBody('---END--- は途中なら残る。\n\n続き。', title)).toContain('---END--- は途中なら残る。');
  });
});

describe('renderMarkdownToHtml', () => {
  it('renders headings, emphasis, lists, links, code and GFM tables', async () => {
    const html = await renderMarkdownToHtml(
      '## 見出し\n\n**太字**と[リンク](https://example.com)\n\n- 一\n- 二\n\n```python\nprint("こんにちは")\n```\n\n| 銘柄 | 株価 |\n|---|---|\n| A | 100 |\n',
    );
    expect(html).toContain('<h2 id="見出し">見出し</h2>');
    expect(html).toContain('<strong>太字</strong>');
    expect(html).toMatch(/<a href="https:\/\/example.com"[^>]*>リンク/);
    expect(html).toContain('<li>一</li>');
    expect(html).toContain('<div class="code-block" data-language="python"');
    expect(html).toContain('<td>100</td>');
  });

  it('closes emphasis next to Japanese punctuation', async () => {
    const html = await renderMarkdownToHtml('本文は**無害化（サニタイズ）**されます。~~取り消し（旧）~~です');
    expect(html).toContain('<strong>無害化（サニタイズ）</strong>');
    expect(html).toContain('<del>取り消し（旧）</del>');
  });

  it('keeps the text of raw HTML but removes scripts, handlers and javascript: URLs', async () => {
    const html = await renderMarkdownToHtml(
      '<p>生のHTMLの段落</p>\n\n<script>window.__xss = true</script>\n\n<img src="/x.png" onerror="window.__xss = true" alt="画像">\n\n[危険](javascript:window.__xss=true) <a href="JaVaScRiPt:alert(1)">大文字</a>\n\n<div style="position:fixed" onclick="x()">クリック</div>',
    );
    expect(html).toContain('生のHTMLの段落');
    expect(html).toContain('危険');
    expect(html).toContain('クリック');
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/onerror|onclick/i);
    expect(html).not.toMatch(/javascript:/i);
    expect(html).not.toMatch(/style=/i);
    expect(html).toContain('alt="画像"');
  });

  it('does not let an iframe or form through', async () => {
    const html = await renderMarkdownToHtml('<iframe src="https://evil.example"></iframe><form action="/x"><input></form>');
    expect(html).not.toMatch(/<iframe|<form/);
    // The only input GitHub's schema allows is a disabled task-list checkbox.
    expect(html).not.toMatch(/<input(?![^>]*disabled[^>]*type="checkbox")/);
  });
});

describe('plain text and excerpts', () => {
  it('leaves out code and raw HTML', () => {
    const text = markdownToPlainText('本文**です**。\n\n```js\nconst x = 1;\n```\n\n<div>囲み</div>');
    expect(text).toBe('本文です。');
  });

  it('uses the opening paragraphs, skipping headings', () => {
    expect(excerptFromMarkdown('## はじめに\n\n最初の段落。\n\n次の段落。')).toBe('最初の段落。 次の段落。');
  });

  it('cuts long text at about 120 characters, preferring a sentence end', () => {
    const sentence = 'あ'.repeat(99) + '。';
    const excerpt = excerptFromMarkdown(sentence + 'い'.repeat(100));
    expect(excerpt).toBe(sentence);
    const unbroken = excerptFromMarkdown('う'.repeat(300));
    expect(Array.from(unbroken)).toHaveLength(121);
    expect(unbroken.endsWith('…')).toBe(true);
  });
});
