import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isExternalHref } from './rehype/external-links';
import { localImagePath } from './rehype/image-dimensions';
import { findCodeLanguage, parseCodeInfo } from './highlight';
import { renderMarkdown, renderMarkdownToHtml } from './render';

/** Every in-page link points at an id that exists. */
function brokenFragmentLinks(html: string): string[] {
  const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
  return [...html.matchAll(/href="#([^"]*)"/g)].map((m) => decodeURIComponent(m[1])).filter((id) => !ids.has(id));
}

describe('headings', () => {
  it('get readable ids without the sanitiser prefix, unique on the page, with a link to themselves', async () => {
    const html = await renderMarkdownToHtml('## 半導体の需給\n\n本文\n\n## 半導体の需給\n\n### Q&A：C++ は？');
    expect(html).toContain('<h2 id="半導体の需給">');
    expect(html).toContain('<h2 id="半導体の需給-1">');
    expect(html).toContain('<h3 id="qac-は">');
    expect(html).toContain('<a class="heading__anchor" href="#半導体の需給">');
    expect(html).toContain('見出し「半導体の需給」へのリンク');
    expect(html).not.toContain('user-content-半導体');
    expect(brokenFragmentLinks(html)).toEqual([]);
  });

  it('cannot take an id the layout uses, even when written as raw HTML', async () => {
    const html = await renderMarkdownToHtml('## main\n\n<h2 id="main">手書き</h2>');
    expect(html).not.toMatch(/id="main"/);
    expect(html).toContain('<h2 id="main-1">');
  });

  it('break only between phrases', async () => {
    const html = await renderMarkdownToHtml('## 日本株の年末相場展望');
    expect(html).toMatch(/<h2 id="日本株の年末相場展望">[^<]+(<wbr>[^<]+)+<\/h2>/);
  });

  it('are listed for the table of contents (h2 and h3 only, not footnotes or closed details)', async () => {
    const { headings } = await renderMarkdown(
      '## 概要\n\n### 背景[^1]\n\n#### 細目\n\n:::details 補足\n## 隠れた見出し\n:::\n\n## 概要\n\n[^1]: 注。',
    );
    expect(headings).toEqual([
      { depth: 2, id: '概要', text: '概要' },
      { depth: 3, id: '背景', text: '背景' },
      { depth: 2, id: '概要-1', text: '概要' },
    ]);
  });
});

describe('GFM', () => {
  it('links footnotes both ways despite the sanitiser prefix', async () => {
    const html = await renderMarkdownToHtml('本文[^1]と[^note]。\n\n[^1]: 一つ目。\n[^note]: 二つ目。');
    expect(html).toContain('<a href="#user-content-fn-1" id="user-content-fnref-1"');
    expect(html).toContain('<li id="user-content-fn-1">');
    expect(html).toContain('href="#user-content-fnref-1"');
    expect(html).toContain('<h2 id="user-content-footnote-label">脚注</h2>');
    expect(html).toContain('aria-label="本文の参照箇所1に戻る"');
    expect(brokenFragmentLinks(html)).toEqual([]);
  });

  it('names each back link of a note cited twice by its own reference', async () => {
    const html = await renderMarkdownToHtml('前半[^a]と後半[^a]。\n\n[^a]: 同じ注。');
    expect(html).toContain('aria-label="本文の参照箇所1に戻る"');
    expect(html).toContain('aria-label="本文の参照箇所1-2に戻る"');
  });

  it('points hand-written in-page links at the prefixed id', async () => {
    const html = await renderMarkdownToHtml('<a name="top" id="top">上</a>\n\n[戻る](#top)');
    expect(html).toContain('href="#user-content-top"');
    expect(brokenFragmentLinks(html)).toEqual([]);
  });

  it('renders task lists, strikethrough and autolinks', async () => {
    const html = await renderMarkdownToHtml('- [x] 済み\n- [ ] 未着手\n\n~~旧価格~~ https://example.com/path');
    // Each checkbox is named by its text.
    expect(html).toContain('<li class="task-list-item"><label><input type="checkbox" checked disabled> 済み</label></li>');
    expect(html).toContain('<label><input type="checkbox" disabled> 未着手</label>');
    expect(html).toContain('<del>旧価格</del>');
    expect(html).toMatch(/<a href="https:\/\/example.com\/path"[^>]*>https:\/\/example.com\/path/);
  });

  it('labels task-list checkboxes in loose lists too, keeping the blocks after the first paragraph outside the label', async () => {
    const html = await renderMarkdownToHtml('- [x] **決算**を確認\n\n  補足の段落\n\n- [ ] 次');
    expect(html).toMatch(/<li class="task-list-item">\s*<p><label><input type="checkbox" checked disabled> <strong>決算<\/strong>を確認<\/label><\/p>\s*<p>補足の段落<\/p>/);
  });

  it('wraps each table in its own focusable, named scrolling box', async () => {
    const html = await renderMarkdownToHtml('| a |\n|---|\n| 1 |\n\n| b |\n|---|\n| 2 |');
    expect(html).toContain('<section class="table-scroll" tabindex="0" aria-label="表1（横にスクロールできます）"><table>');
    expect(html).toContain('aria-label="表2（横にスクロールできます）"');
  });
});

describe('code blocks', () => {
  it('are highlighted at build time with colours for both themes and a language label', async () => {
    const html = await renderMarkdownToHtml('```python\nprint("こんにちは")\n```');
    expect(html).toContain('<div class="code-block" data-language="python" role="group" aria-label="コード: Python">');
    expect(html).toContain('<span class="code-block__label">Python</span>');
    expect(html).toMatch(/<pre class="shiki[^"]*"[^>]*tabindex="0"><code class="language-python">/);
    expect(html).toMatch(/<span style="--shiki-light:#[0-9A-Fa-f]{6};--shiki-dark:#[0-9A-Fa-f]{6}">print<\/span>/);
  });

  it('keeps colouring code correctly after a Japanese comment', async () => {
    const html = await renderMarkdownToHtml('```python\n# 日本語のコメント\nprint(1)\n```');
    const comment = /<span style="(--shiki-light:[^;]+);[^"]*"># 日本語のコメント<\/span>/.exec(html)?.[1];
    const call = /<span style="(--shiki-light:[^;]+);[^"]*">print<\/span>/.exec(html)?.[1];
    expect(comment).toBeDefined();
    expect(call).toBeDefined();
    expect(call).not.toBe(comment);
  });

  it('escapes code, so HTML in a code block stays text', async () => {
    const html = await renderMarkdownToHtml('```html\n<script>alert(1)</script>\n```');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&#x3C;');
  });

  it('shows a Zenn-style file name, and unknown languages unhighlighted', async () => {
    const named = await renderMarkdownToHtml('```ts:lib/config.ts\nconst a = 1;\n```');
    expect(named).toContain('<span class="code-block__label">lib/config.ts</span>');
    expect(named).toContain('data-language="typescript"');
    expect(named).toContain('<code class="language-ts">');
    const unknown = await renderMarkdownToHtml('```klingon\nqapla\n```');
    expect(unknown).toContain('<span class="code-block__label">klingon</span>');
    expect(unknown).toContain('<pre tabindex="0"><code class="language-klingon">qapla</code></pre>');
  });

  it('parses language info and finds languages by alias', () => {
    expect(parseCodeInfo(['language-js:index.js'])).toEqual({ language: 'js', fileName: 'index.js' });
    expect(parseCodeInfo(['language-cpp'])).toEqual({ language: 'cpp' });
    expect(parseCodeInfo([])).toEqual({});
    expect(findCodeLanguage('C++')?.name).toBe('C++');
    expect(findCodeLanguage('sh')?.id).toBe('shellscript');
    expect(findCodeLanguage('no-such-language')).toBeUndefined();
  });
});

describe('images', () => {
  const publicDir = mkdtempSync(path.join(tmpdir(), 'public-'));
  mkdirSync(path.join(publicDir, 'images'));
  writeFileSync(path.join(publicDir, 'images', 'chart.svg'), '<svg xmlns="http://www.w3.org/2000/svg" width="640" height="360"></svg>');
  // A PNG header is all image-size reads: signature, then the IHDR chunk with width and height.
  const png = Buffer.alloc(33);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(png, 0);
  png.writeUInt32BE(13, 8);
  png.write('IHDR', 12, 'ascii');
  png.writeUInt32BE(1200, 16);
  png.writeUInt32BE(675, 20);
  writeFileSync(path.join(publicDir, 'images', '図 1.png'), png);

  it('get their intrinsic size from public/, lazy loading and their alt text', async () => {
    const html = await renderMarkdownToHtml('![売上の推移](/images/chart.svg)\n\n![図](/images/%E5%9B%B3%201.png)', { publicDir });
    expect(html).toContain('<img src="/images/chart.svg" alt="売上の推移" loading="lazy" decoding="async" width="640" height="360">');
    expect(html).toMatch(/alt="図" loading="lazy" decoding="async" width="1200" height="675"/);
  });

  it('stay without a size when the file is missing or remote', async () => {
    const html = await renderMarkdownToHtml('![なし](/images/missing.png) ![外部](https://example.com/a.png)', { publicDir });
    expect(html).not.toContain('width=');
    expect(html.match(/loading="lazy"/g)).toHaveLength(2);
  });

  it('never read outside the public folder', () => {
    expect(localImagePath('/images/a.png', publicDir)).toBe(path.join(publicDir, 'images', 'a.png'));
    expect(localImagePath('/../secret.png', publicDir)).toBe(path.join(publicDir, 'secret.png'));
    expect(localImagePath('/%2e%2e/%2e%2e/etc/passwd', publicDir)).toBe(path.join(publicDir, 'etc', 'passwd'));
    expect(localImagePath('//cdn.example/a.png', publicDir)).toBeUndefined();
    expect(localImagePath('https://example.com/a.png', publicDir)).toBeUndefined();
  });
});

describe('links', () => {
  it('mark external links visibly and for screen readers, with rel="noopener noreferrer"', async () => {
    const html = await renderMarkdownToHtml('[公式](https://example.com/ir) と [記事](/posts/x) と [節](#a)');
    expect(html).toContain(
      '<a href="https://example.com/ir" rel="noopener noreferrer" class="external-link">公式<span class="external-link__mark" aria-hidden="true">↗</span><span class="sr-only">（外部サイト）</span></a>',
    );
    expect(html).toContain('<a href="/posts/x">記事</a>');
  });

  it('know which links leave the site', () => {
    expect(isExternalHref('https://example.com/a', 'https://news.example.jp')).toBe(true);
    expect(isExternalHref('https://news.example.jp/posts/a', 'https://news.example.jp')).toBe(false);
    expect(isExternalHref('/posts/a', 'https://news.example.jp')).toBe(false);
    expect(isExternalHref('mailto:desk@example.jp', 'https://news.example.jp')).toBe(false);
  });
});
