import { describe, expect, it } from 'vitest';
import { renderMarkdownToHtml } from '../render';

describe('rehypeFigures', () => {
  it('makes an image with a `*…*` line right under it a figure with that caption', async () => {
    const html = await renderMarkdownToHtml('![半導体工場の外観](/images/hbm-stack.svg)\n*熊本に建設された新工場*');
    expect(html).toContain('<figure class="figure"><img src="/images/hbm-stack.svg" alt="半導体工場の外観"');
    expect(html).toContain('<figcaption><span class="figure__caption">熊本に建設された新工場</span></figcaption></figure>');
    expect(html).not.toContain('<p>');
  });

  it('puts the image title into the caption as its credit, with or without a caption line', async () => {
    const withCaption = await renderMarkdownToHtml('![グラフ](/images/hbm-stack.svg "出典: 日本銀行")\n*政策金利の推移*');
    expect(withCaption).toContain(
      '<figcaption><span class="figure__caption">政策金利の推移</span><small class="figure__credit">出典: 日本銀行</small></figcaption>',
    );
    expect(withCaption).not.toContain('title=');
    const creditOnly = await renderMarkdownToHtml('![グラフ](/images/hbm-stack.svg "出典: 財務省")');
    expect(creditOnly).toContain('<figcaption><small class="figure__credit">出典: 財務省</small></figcaption>');
  });

  it('keeps Markdown inside the caption, sanitised like the rest of the post', async () => {
    const html = await renderMarkdownToHtml('![図](/images/hbm-stack.svg)\n*[日銀](https://www.boj.or.jp/)の資料を<img src=x onerror=alert(1)>もとに作成*');
    expect(html).toContain('<figcaption><span class="figure__caption"><a href="https://www.boj.or.jp/"');
    expect(html).not.toContain('onerror');
  });

  it('leaves an image alone without caption or title, and an image inside a sentence', async () => {
    expect(await renderMarkdownToHtml('![図](/images/hbm-stack.svg)')).toMatch(/^<p><img /);
    const inline = await renderMarkdownToHtml('本文の途中の ![図](/images/hbm-stack.svg "出典: 編集部") です。\n*強調*');
    expect(inline).not.toContain('<figure');
    expect(inline).toContain('title="出典: 編集部"');
  });

  it('does not take a caption line separated by a blank line, nor two images', async () => {
    expect(await renderMarkdownToHtml('![図](/images/hbm-stack.svg)\n\n*別の段落*')).not.toContain('<figure');
    expect(await renderMarkdownToHtml('![一](/images/hbm-stack.svg)\n![二](/images/hbm-stack.svg)\n*説明*')).not.toContain('<figure');
  });

  it('writes the credit as text: markup in a title is escaped, not parsed', async () => {
    const html = await renderMarkdownToHtml('![図](/images/hbm-stack.svg "<script>alert(1)</script>")');
    expect(html).toContain('<small class="figure__credit">&#x3C;script>alert(1)&#x3C;/script></small>');
    expect(html).not.toContain('<script>');
  });
});
