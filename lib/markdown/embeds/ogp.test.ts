import { describe, expect, it } from 'vitest';
import { expectLinearWork } from '../../../test/linear-work';
import { parseLinkCards } from './link-cards';
import { bareUrls, parseOgp } from './ogp';

describe('bareUrls', () => {
  it('finds URLs alone on a line, outside fenced code, once each', () => {
    const body = [
      '本文 https://inline.example/ は対象外。',
      '',
      'https://www.boj.or.jp/mopo/',
      '',
      '```text',
      'https://in-code.example/',
      '```',
      '',
      '  https://www.youtube.com/watch?v=M7lc1UVf-VE  ',
      'https://www.boj.or.jp/mopo/',
      'javascript:alert(1)',
    ].join('\n');
    expect(bareUrls(body)).toEqual(['https://www.boj.or.jp/mopo/', 'https://www.youtube.com/watch?v=M7lc1UVf-VE']);
  });
});

describe('parseOgp', () => {
  const page = 'https://news.example.jp/articles/1';

  it('reads OGP tags in either attribute order, decoding entities, with a relative image made absolute', () => {
    const html = `<html><head><title>予備のタイトル</title>
      <meta property="og:title" content="半導体株が反発 &amp; 円安">
      <meta content='主要指数の動き' property='og:description'>
      <meta property="og:site_name" content="ニュース例">
      <meta property="og:image" content="/img/cover.png">`;
    expect(parseOgp(html, page)).toEqual({
      card: { title: '半導体株が反発 & 円安', description: '主要指数の動き', siteName: 'ニュース例' },
      imageUrl: 'https://news.example.jp/img/cover.png',
    });
  });

  it('falls back to <title> and the description meta tag, and takes no javascript: image', () => {
    const html = '<title>決算速報 &#x2014; 例</title><meta name="description" content="要約"><meta property="og:image" content="javascript:alert(1)">';
    expect(parseOgp(html, page)).toEqual({ card: { title: '決算速報 — 例', description: '要約' }, imageUrl: undefined });
  });

  it('gives no card without a title', () => {
    expect(parseOgp('<p>本文だけ</p>', page).card).toBeUndefined();
  });

  it('does linear work on hostile markup', () => {
    expectLinearWork('OGP meta tags', (length) => '<meta property="og:title" content="'.repeat(length / 36), (html) => parseOgp(html, page));
    expectLinearWork('unclosed title', (length) => '<title>'.repeat(length / 7), (html) => parseOgp(html, page));
  });
});

describe('parseLinkCards', () => {
  it('keeps cards with a title under http(s) keys, trimmed and capped, and drops everything else', () => {
    const cards = parseLinkCards({
      'HTTPS://WWW.BOJ.OR.JP/mopo/': { title: '  金融政策\n決定会合  ', siteName: '日本銀行', image: '/embeds/cards/boj.png', extra: '<script>' },
      'https://long.example/': { title: 'あ'.repeat(500), description: 42 },
      'ftp://files.example/': { title: 'FTP' },
      'https://no-title.example/': { description: '説明だけ' },
      'https://bad-image.example/': { title: '画像', image: '//tracker.example/p.png' },
    });
    expect([...cards.keys()]).toEqual(['https://www.boj.or.jp/mopo/', 'https://long.example/', 'https://bad-image.example/']);
    expect(cards.get('https://www.boj.or.jp/mopo/')).toEqual({ title: '金融政策 決定会合', siteName: '日本銀行', image: '/embeds/cards/boj.png' });
    expect(Array.from(cards.get('https://long.example/')!.title)).toHaveLength(120);
    expect(cards.get('https://bad-image.example/')).toEqual({ title: '画像' });
  });
});
