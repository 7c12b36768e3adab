import { describe, expect, it } from 'vitest';
import { expectLinearWork } from '../../../test/linear-work';
import { excerptFromMarkdown, markdownToPlainText } from '../plain-text';
import { renderMarkdownToHtml } from '../render';
import { isDollarMath } from './dollar-math';

const mathCount = (html: string) => html.split('class="katex"').length - 1;

describe('the dollar rule: amounts in Japanese finance prose stay text', () => {
  it.each([
    '1ドル＝150円、$100',
    '米国債は$100と$200の2本を買った。',
    '目標株価を$120から$150に引き上げた',
    '価格は $100 と $200 の間で推移した。',
    '配当は年$2.5、株価は$180前後。',
    'US$100とUS$200',
    '１株$5〜$10の小型株',
  ])('%s', async (text) => {
    const html = await renderMarkdownToHtml(text);
    expect(mathCount(html)).toBe(0);
    expect(html).toBe(`<p>${text}</p>`);
  });

  it('keeps Markdown inside a refused pair', async () => {
    expect(await renderMarkdownToHtml('$100の**大幅高**、$200')).toBe('<p>$100の<strong>大幅高</strong>、$200</p>');
  });

  it('still typesets math beside dollar amounts, and $$…$$ always', async () => {
    const html = await renderMarkdownToHtml('$100で買い、利回りは $r = 0.05$ 。$$\\sqrt{2}$$ も数式。');
    expect(mathCount(html)).toBe(2);
    expect(html).toContain('<p>$100で買い、利回りは ');
  });

  it('keeps Zenn blocks, footnotes and code in a body parsed again for a refused pair', async () => {
    const html = await renderMarkdownToHtml(':::message\n株価は$100と$200の間。$x$ は数式。[^1]\n:::\n\n`$100と$200`\n\n[^1]: 編集部の試算。\n');
    expect(html).toContain('<div class="callout callout-info"');
    expect(html).toContain('株価は$100と$200の間。');
    expect(mathCount(html)).toBe(1);
    expect(html).toContain('data-footnote-ref');
    expect(html).toContain('<code>$100と$200</code>');
  });

  it('lets \\$ write a dollar sign', async () => {
    expect(await renderMarkdownToHtml('\\$x\\$')).toBe('<p>$x$</p>');
  });

  it('states the rule', () => {
    expect(isDollarMath('$x^2$', ' ')).toBe(true);
    expect(isDollarMath('$x^2$', '。')).toBe(true);
    expect(isDollarMath('$ x$', undefined)).toBe(false);
    expect(isDollarMath('$x $', undefined)).toBe(false);
    expect(isDollarMath('$100と$', '2')).toBe(false);
    expect(isDollarMath('$a$', '2')).toBe(false);
    expect(isDollarMath('$金利$', undefined)).toBe(false);
    expect(isDollarMath('$$金利$$', '2')).toBe(true);
  });

  it('does linear work on long runs of dollars', () => {
    expectLinearWork('dollar rule', (length) => '$1と'.repeat(length / 3), (text) => markdownToPlainText(text));
  });
});

describe('plain text of math', () => {
  it('gives inline math its source for search and excerpts, and leaves display math out', () => {
    expect(markdownToPlainText('金利 $r$ と$100の債券。\n\n$$\nx^2\n$$\n')).toBe('金利 r と$100の債券。');
    expect(excerptFromMarkdown('https://www.youtube.com/watch?v=M7lc1UVf-VE\n\n本文です。')).toBe('本文です。');
  });
});
