import { describe, expect, it } from 'vitest';
import { expectLinearWork, repeatTo } from '../../test/linear-work';
import { normalizeKramdown } from './kramdown';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { remarkKramdownAttributes } from './remark/kramdown-attributes';
import { renderMarkdown } from './render';

const off = { parseBlockHtml: false };

describe('normalizeKramdown', () => {
  it('reads `##見出し` at the start of a block as a heading, but not inside code, <pre> or a paragraph', () => {
    const body = '##見出し\n本文\n#続きの行\n\n```sh\n#!/bin/sh\n```\n\n<pre>\n#define 最大 10\n</pre>\n';
    expect(normalizeKramdown(body, off)).toBe('## 見出し\n本文\n#続きの行\n\n```sh\n#!/bin/sh\n```\n\n<pre>\n#define 最大 10\n</pre>\n');
  });

  it('leaves a body without kramdown-only syntax as the same string', () => {
    const body = '## 見出し\n\n<div>\n**そのまま**\n</div>\n';
    expect(normalizeKramdown(body, off)).toBe(body);
  });

  it('renders Markdown inside <div markdown="1"> always, and inside every block element with parse_block_html', async () => {
    expect(normalizeKramdown('<div markdown="1">\n**太字**\n</div>\n', off)).toBe('<div>\n\n**太字**\n\n</div>\n');
    expect(normalizeKramdown('<section>\n**太字**\n</section>\n', off)).toBe('<section>\n**太字**\n</section>\n');
    const html = (await renderMarkdown(normalizeKramdown('<section>\n**太字**\n</section>\n', { parseBlockHtml: true }))).html;
    expect(html).toContain('<section>\n<p><strong>太字</strong></p>\n</section>');
  });

  it('works in linear time', () => {
    expectLinearWork('headings', repeatTo('\n#a'), (text) => normalizeKramdown(text, { parseBlockHtml: true }));
    expectLinearWork('nested divs', repeatTo('<div markdown="1">\n\n'), (text) => normalizeKramdown(text, off));
  });

  it('reads attribute lists in linear time', () => {
    const processor = unified().use(remarkParse).use(remarkKramdownAttributes);
    const run = (text: string) => processor.runSync(processor.parse(text));
    expectLinearWork('blanks in a heading', (n) => `## a${' '.repeat(n)}b {#x`, run);
    expectLinearWork('attribute lists in a paragraph', repeatTo('語{: #a .b'), run);
    expectLinearWork('attribute lines', repeatTo('段落\n{: #a}\n\n'), run);
  });
});
