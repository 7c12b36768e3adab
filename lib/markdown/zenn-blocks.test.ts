import { describe, expect, it } from 'vitest';
import { renderMarkdownToHtml } from './render';
import { separateContainerMarkers } from './zenn-blocks';

describe('separateContainerMarkers', () => {
  it('puts marker lines into paragraphs of their own', () => {
    expect(separateContainerMarkers('前の段落\n:::message\n本文\n:::\n次の段落')).toBe('前の段落\n\n:::message\n\n本文\n\n:::\n\n次の段落');
  });

  it('leaves code fences alone, including ::: lines inside them', () => {
    const source = '```md\n:::message\n中身\n:::\n```\n\n~~~\n:::details x\n~~~';
    expect(separateContainerMarkers(source)).toBe(source);
  });

  it('knows a longer fence is not closed by a shorter one', () => {
    const source = '````\n```\n:::message\n```\n````';
    expect(separateContainerMarkers(source)).toBe(source);
  });
});

describe('Zenn container blocks', () => {
  it('renders :::message as an information box with Markdown inside', async () => {
    const html = await renderMarkdownToHtml(':::message\n**重要**なお知らせです。\n\n- 一\n- 二\n:::');
    expect(html).toMatch(/<div class="callout callout-info" role="note" aria-label="メモ">\s*<p><strong>重要<\/strong>なお知らせです。<\/p>\s*<ul>/);
    expect(html).not.toContain(':::');
  });

  it('renders :::message alert as a warning box', async () => {
    const html = await renderMarkdownToHtml(':::message alert\n投資は自己責任で。\n:::');
    expect(html).toContain('<div class="callout callout-alert" role="note" aria-label="注意">');
    expect(html).toContain('<p>投資は自己責任で。</p>');
  });

  it('renders :::details with its title as the summary', async () => {
    const html = await renderMarkdownToHtml(':::details 用語メモ：TSV とは\n貫通電極のこと。\n:::');
    expect(html).toMatch(/<details>\s*<summary>用語メモ：TSV とは<\/summary>\s*<p>貫通電極のこと。<\/p>\s*<\/details>/);
  });

  it('gives :::details without a title a default summary', async () => {
    expect(await renderMarkdownToHtml(':::details\n中身\n:::')).toContain('<summary>詳細</summary>');
  });

  it('nests blocks written with more colons on the outside', async () => {
    const html = await renderMarkdownToHtml('::::details 外側\n:::message\n内側\n:::\n外側の続き\n::::');
    expect(html).toMatch(/<details>\s*<summary>外側<\/summary>\s*<div class="callout callout-info"[^>]*>\s*<p>内側<\/p>\s*<\/div>\s*<p>外側の続き<\/p>\s*<\/details>/);
  });

  it('keeps unknown blocks as plain text, without letting them close an outer block', async () => {
    const html = await renderMarkdownToHtml(':::message\n前\n:::note\n未知の中身\n:::\n後\n:::');
    expect(html).toContain('<p>:::note</p>');
    expect(html).toContain('<p>未知の中身</p>');
    // The message box still holds the text after the unknown block.
    expect(html).toMatch(/<div class="callout callout-info"[^>]*>[\s\S]*<p>後<\/p>\s*<\/div>/);
  });

  it('keeps an unclosed block visible as text', async () => {
    const html = await renderMarkdownToHtml(':::message\n閉じ忘れ');
    expect(html).toContain('<p>:::message</p>');
    expect(html).toContain('<p>閉じ忘れ</p>');
    expect(html).not.toContain('callout');
  });

  it('keeps a message with an unknown modifier as text', async () => {
    const html = await renderMarkdownToHtml(':::message success\n本文\n:::');
    expect(html).toContain('<p>:::message success</p>');
  });

  it('does not touch ::: inside code blocks', async () => {
    const html = await renderMarkdownToHtml('```\n:::message\nコード\n:::\n```');
    expect(html).toContain(':::message\nコード\n:::');
    expect(html).not.toContain('callout');
  });

  it('lets raw HTML use the callout class but nothing else', async () => {
    const html = await renderMarkdownToHtml('<div class="callout evil-overlay" style="position:fixed">手書き</div>');
    expect(html).toContain('class="callout"');
    expect(html).not.toContain('evil-overlay');
    expect(html).not.toContain('style=');
  });
});
