import { describe, expect, it } from 'vitest';
import { renderMarkdownToHtml } from './render';

const markdown = '公式サイト（https://broker.example.com/campaign ）と[社内の記事](/posts/nvidia)を参照。';

describe('links in a sponsored post', () => {
  it('marks every link to another site rel="sponsored", and no internal link', async () => {
    const html = await renderMarkdownToHtml(markdown, { sponsored: true });
    expect(html).toContain('<a href="https://broker.example.com/campaign" rel="sponsored noopener noreferrer" class="external-link">');
    expect(html).toContain('<a href="/posts/nvidia">');
  });

  it('leaves a post that is not sponsored exactly as before', async () => {
    const plain = await renderMarkdownToHtml(markdown);
    expect(plain).toContain('<a href="https://broker.example.com/campaign" rel="noopener noreferrer" class="external-link">');
    expect(plain).not.toContain('sponsored');
    expect(await renderMarkdownToHtml(markdown, { sponsored: false })).toBe(plain);
  });
});
