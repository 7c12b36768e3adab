import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './render';

describe('kramdown attribute lists in the rendered article', () => {
  it('puts {:#id} on the heading or paragraph before it, unprefixed, so links from other posts land', async () => {
    const { html, headings } = await renderMarkdown('## 決算の要点\n{: #kessan .note}\n\n本文の段落です。\n{:#honbun}\n\n[戻る](#kessan)');
    expect(html).toContain('<h2 id="kessan">');
    expect(html).toContain('<p id="honbun">本文の段落です。</p>');
    expect(html).toContain('href="#kessan"');
    expect(html).not.toContain('{:');
    expect(headings).toEqual([{ depth: 2, id: 'kessan', text: '決算の要点' }]);
  });

  it('reads `## 見出し {#id}` as kramdown does', async () => {
    expect((await renderMarkdown('## 市場の動き {#market}\n')).html).toContain('<h2 id="market">');
  });

  it('keeps ids that are not plain words, or that the page or footnotes use, off the article', async () => {
    const { html } = await renderMarkdown('一\n{:#main}\n\n二\n{:#"><x}\n\n三[^1]\n{:#fn-1}\n\n[^1]: 注\n    {:#in-note}');
    expect(html).not.toMatch(/id="main"|id="fn-1"|"&gt;&lt;x|data-kramdown-id/);
    expect(html).toContain('<p>一</p>');
  });

  it('drops {:toc} with its list, {::options} and stray span attributes', async () => {
    const { html } = await renderMarkdown('* 目次\n{:toc}\n\n{::options parse_block_html="true" /}\n\n*強調*{:.red} の文。\n');
    expect(html).toBe('<p><em>強調</em> の文。</p>');
  });
});

describe('one h1 per page', () => {
  it('makes the body\'s shallowest heading an h2 and moves the rest with it', async () => {
    const { html, headings } = await renderMarkdown('### 概要\n\n#### 詳細\n\n### まとめ\n');
    expect(html.match(/<h\d/g)).toEqual(['<h2', '<h3', '<h2']);
    expect(headings.map((h) => h.depth)).toEqual([2, 3, 2]);
  });

  it('makes a body `#` an h2, and leaves a body that starts at ## as it is', async () => {
    expect((await renderMarkdown('# 第一部\n\n## 第一章\n')).html.match(/<h\d/g)).toEqual(['<h2', '<h3']);
    expect((await renderMarkdown('## 節\n\n### 項\n')).html.match(/<h\d/g)).toEqual(['<h2', '<h3']);
  });

  it('counts raw HTML headings too, and leaves the footnotes\' heading alone', async () => {
    const { html } = await renderMarkdown('<h1>生の見出し</h1>\n\n## 節[^1]\n\n[^1]: 注記');
    expect(html.match(/<h\d/g)).toEqual(['<h2', '<h3', '<h2']);
    expect(html).toContain('<section data-footnotes="" class="footnotes"><h2 id="user-content-footnote-label">');
  });
});
