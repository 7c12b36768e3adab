import { readdirSync, readFileSync } from 'node:fs';
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { renderMarkdownToHtml } from '../../markdown/render';
import { addSearchTokensToHtml } from './index-html';
import { indexDocument } from './index-document';
import { indexAdditionForText, pairToken } from '../text';

const page = (body: string) => `<!DOCTYPE html><html lang="ja"><head><title>t</title></head><body>${body}</body></html>`;

/** The text of the first element matching a tag name, tags stripped. */
function textOf(html: string, tag: string): string {
  const match = new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}>`).exec(html);
  return match ? match[1].replace(/<[^>]+>/g, '') : '';
}

describe('addSearchTokensToHtml', () => {
  it('adds the tokens of each heading and paragraph inside that element', () => {
    const { html, bodies } = addSearchTokensToHtml(
      page('<h1 data-pagefind-body>金利の行方</h1><div data-pagefind-body><p>半導体<strong>メーカー</strong>の決算</p></div>'),
    );
    expect(bodies).toBe(2);
    expect(textOf(html, 'h1')).toContain(pairToken('金', '利'));
    expect(textOf(html, 'h1')).not.toContain(pairToken('半', '導'));
    // Inline markup does not split the text: the pair across <strong> is there.
    expect(textOf(html, 'p')).toContain(pairToken('体', 'メ'));
    expect(textOf(html, 'p')).toContain(pairToken('決', '算'));
  });

  it('leaves everything outside the indexed regions, and ignored parts, alone', () => {
    const { html } = addSearchTokensToHtml(
      page('<header><p>ヘッダー</p></header><main data-pagefind-body><p>本文</p><p data-pagefind-ignore>広告枠</p><script>var 変数 = 1</script></main>'),
    );
    expect(textOf(html, 'header')).toBe('ヘッダー');
    expect(html).not.toContain(pairToken('広', '告'));
    expect(html).not.toContain(pairToken('変', '数'));
    expect(html).toContain(pairToken('本', '文'));
  });

  it('does not pair characters across a line break or between list items', () => {
    const { html } = addSearchTokensToHtml(page('<div data-pagefind-body><p>上<br>下</p><ul><li>左</li><li>右</li></ul></div>'));
    expect(html).not.toContain(pairToken('上', '下'));
    expect(html).not.toContain(pairToken('左', '右'));
    expect(html).toContain(pairToken('上'));
    expect(html).toContain(pairToken('右'));
  });

  it('indexes table cells and nested list items as their own units', () => {
    const { html } = addSearchTokensToHtml(
      page('<div data-pagefind-body><table><tr><th>分野</th><td>成膜装置</td></tr></table><ul><li>親<ul><li>子項目</li></ul></li></ul></div>'),
    );
    expect(textOf(html, 'td')).toContain(pairToken('成', '膜'));
    expect(textOf(html, 'th')).toContain(pairToken('分', '野'));
    expect(html).not.toContain(pairToken('親', '子'));
    expect(html).toContain(pairToken('子', '項'));
  });

  it('keeps the text after a "<script>" written inside an attribute value, and drops real scripts', () => {
    // The alt text of `![<script> タグの例](…)` as the Markdown step writes it: `<` stays raw inside the attribute.
    const { html } = addSearchTokensToHtml(
      page(
        '<div data-pagefind-body><p><img alt="<script> タグの例" src="/images/tag.png"></p><p>後続の段落も検索できる。</p><h2>続きの見出し</h2></div>' +
          '<script>self.__next_f.push([1,"ペイロード"])</script>',
      ),
    );
    expect(html).toContain('後続の段落も検索できる。');
    expect(textOf(html, 'h2')).toContain(pairToken('見', '出'));
    expect(html).toContain(pairToken('後', '続'));
    expect(html).not.toContain('ペイロード');
    expect(html).not.toContain(pairToken('ペ', 'イ'));
  });

  it('indexes a whole post whose image alt text names the script tag (hostile fixture)', async () => {
    const fixture = readFileSync(new URL('../../../test/fixtures/hostile/search-script-alt.md', import.meta.url), 'utf8');
    const body = await renderMarkdownToHtml(fixture.slice(fixture.indexOf('\n---\n', 3) + 5));
    expect(body).toContain('alt="<script> タグの例"');
    // A built post page ends with Next's inline scripts.
    const { html } = addSearchTokensToHtml(page(`<article><div data-pagefind-body>${body}</div></article><script>self.__next_f=[]</script>`));
    expect(html).toContain('琥珀色の時刻表');
    expect(html).toContain(pairToken('琥', '珀'));
    expect(textOf(html, 'h2')).toContain(pairToken('順', '番'));
  });

  it('reports a page without an indexed region', () => {
    expect(addSearchTokensToHtml(page('<p>本文</p>')).bodies).toBe(0);
  });
});

/**
 * What addSearchTokensToHtml gave before it edited the page in place: the page parsed into a tree
 * (parse5, as browsers parse), scripts dropped, each unit's tokens appended as its last child, the
 * tree written out. Kept here as the reference the streaming version must agree with.
 */
function treeRoundTrip(html: string): string {
  const UNITS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'li', 'dt', 'dd', 'td', 'th', 'caption', 'figcaption', 'pre', 'blockquote', 'summary']);
  const isElement = (node: RootContent | ElementContent): node is Element => node.type === 'element';
  const elements = (node: Root | Element): Element[] => (node.children as RootContent[]).filter(isElement);
  const dropScripts = (node: Root | Element): void => {
    node.children = node.children.filter((child) => !isElement(child) || child.tagName !== 'script');
    elements(node).forEach(dropScripts);
  };
  const addTokens = (element: Element | Root, text: string[]) => {
    const addition = indexAdditionForText(text.join(''));
    if (addition) element.children.push({ type: 'text', value: addition });
  };
  const read = (node: Element, text: string[]): void => {
    for (const child of node.children) {
      if (child.type === 'text') text.push(child.value);
      if (!isElement(child) || child.properties.dataPagefindIgnore !== undefined || child.tagName === 'style') continue;
      if (child.tagName === 'br' || child.tagName === 'hr') text.push('\n');
      else if (UNITS.has(child.tagName)) {
        const inner: string[] = [];
        read(child, inner);
        addTokens(child, inner);
        text.push('\n');
      } else read(child, text);
    }
  };
  const visit = (node: Root | Element): void => {
    for (const child of elements(node)) {
      if (child.properties.dataPagefindBody === undefined) visit(child);
      else {
        const text: string[] = [];
        read(child, text);
        addTokens(child, text);
      }
    }
  };
  const tree = fromHtml(html);
  dropScripts(tree);
  visit(tree);
  return toHtml(tree);
}

/** Every Markdown file of the samples and the hostile fixtures, with its front matter cut off. */
function markdownFiles(): { name: string; body: string }[] {
  const folders = ['content/posts', 'test/fixtures/hostile'];
  return folders.flatMap((folder) =>
    readdirSync(folder)
      .filter((name) => name.endsWith('.md'))
      .map((name) => {
        const text = readFileSync(`${folder}/${name}`, 'utf8');
        return { name: `${folder}/${name}`, body: text.startsWith('---') ? text.slice(text.indexOf('\n---\n', 3) + 5) : text };
      }),
  );
}

describe('addSearchTokensToHtml, against the tree round trip it replaced', () => {
  it.each(markdownFiles())('gives Pagefind the same page for $name', async ({ name, body }) => {
    const html = await renderMarkdownToHtml(body);
    const document = indexDocument({ slug: 'x', title: `${name}の見出し`, date: '2025-11-01T00:00:00.000Z', draft: false, categories: ['分析'], tags: ['半導体'], html });
    // The post page's shape: the indexed regions inside the layout, and Next's inline scripts after them.
    const built = document.html.replace('</body>', '<script>self.__next_f.push([1,"ペイロード<p>"])</script></body>');
    expect(toHtml(fromHtml(addSearchTokensToHtml(built).html))).toBe(treeRoundTrip(built));
  });

  it('agrees on entities, comments, ignored and nested parts', () => {
    const built = page(
      '<div data-pagefind-body><p>&lt;半導体&gt; &amp; 製造<!-- 注釈 --></p><section data-pagefind-ignore><p>広告</p><br></section>' +
        '<blockquote><p>引用<em>文</em></p>後書き</blockquote><pre><code>const 値 = "ＡＩ";</code></pre><style>p{}</style><hr>末尾</div>',
    );
    const { html } = addSearchTokensToHtml(built);
    expect(toHtml(fromHtml(html))).toBe(treeRoundTrip(built));
    // The page is edited in place: what is not a token or a script stays as written.
    expect(html).toContain('<p>&lt;半導体&gt; &amp; 製造<!-- 注釈 -->');
    expect(html).toContain(pairToken('半', '導'));
  });
});
