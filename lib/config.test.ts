import { describe, expect, it } from 'vitest';
import { LOCAL_SITE_URL, prerenderedPostsSetting, resolveSiteUrl } from './config';

describe('resolveSiteUrl', () => {
  it('falls back to localhost for local builds', () => {
    expect(resolveSiteUrl({})).toBe(LOCAL_SITE_URL);
    expect(resolveSiteUrl({ SITE_URL: '  ', VERCEL_URL: '' })).toBe('http://localhost:3000');
  });

  it('prefers SITE_URL over Vercel variables', () => {
    expect(
      resolveSiteUrl({
        SITE_URL: 'https://news.example.jp',
        VERCEL_PROJECT_PRODUCTION_URL: 'prod.vercel.app',
        VERCEL_URL: 'preview-123.vercel.app',
      }),
    ).toBe('https://news.example.jp');
  });

  it('uses the production domain before the deployment URL, adding https://', () => {
    expect(resolveSiteUrl({ VERCEL_PROJECT_PRODUCTION_URL: 'news.example.jp', VERCEL_URL: 'x-1.vercel.app' })).toBe(
      'https://news.example.jp',
    );
    expect(resolveSiteUrl({ VERCEL_URL: 'x-1.vercel.app' })).toBe('https://x-1.vercel.app');
  });

  it('drops a trailing slash', () => {
    expect(resolveSiteUrl({ SITE_URL: 'https://news.example.jp/' })).toBe('https://news.example.jp');
  });

  it('rejects a path, which the site (served from the root) would not honour', () => {
    expect(() => resolveSiteUrl({ SITE_URL: 'https://example.jp/news' })).toThrow(/SITE_URL/);
    expect(() => resolveSiteUrl({ SITE_URL: 'https://example.jp/?a=1' })).toThrow(/SITE_URL/);
  });

  it('keeps an explicit http scheme and port', () => {
    expect(resolveSiteUrl({ SITE_URL: 'http://127.0.0.1:3301' })).toBe('http://127.0.0.1:3301');
  });

  it('normalises the host name', () => {
    expect(resolveSiteUrl({ SITE_URL: 'HTTPS://News.Example.JP' })).toBe('https://news.example.jp');
  });

  it('rejects values that are not http(s) URLs, naming the variable', () => {
    expect(() => resolveSiteUrl({ SITE_URL: 'https://' })).toThrow(/SITE_URL/);
    expect(() => resolveSiteUrl({ VERCEL_URL: 'ftp://example.jp' })).toThrow(/VERCEL_URL/);
  });
});

describe('prerenderedPostsSetting', () => {
  it('reads PRERENDERED_POSTS as a whole number, and falls back when it is unset or blank', () => {
    expect(prerenderedPostsSetting(undefined)).toBe(10);
    expect(prerenderedPostsSetting(' ', 200)).toBe(200);
    expect(prerenderedPostsSetting('0')).toBe(0);
    expect(prerenderedPostsSetting(' 1000 ')).toBe(1000);
  });

  it('refuses anything else instead of guessing', () => {
    for (const value of ['-1', '1.5', 'all', '1e3']) expect(() => prerenderedPostsSetting(value), value).toThrow(/PRERENDERED_POSTS/);
  });
});
