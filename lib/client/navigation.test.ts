import { describe, expect, it } from 'vitest';
import { clientRoutePath, isClientRoutable, isPlainClick } from './navigation';

const here = new URL('https://news.example.jp/posts/a?ref=1');
const url = (href: string) => new URL(href, here);

describe('isClientRoutable', () => {
  it('routes other pages of the site on the client', () => {
    expect(isClientRoutable(url('/posts/b'), here)).toBe(true);
    expect(isClientRoutable(url('/tags/%E5%8D%8A%E5%B0%8E%E4%BD%93'), here)).toBe(true);
    expect(isClientRoutable(url('/posts/b#section'), here)).toBe(true);
  });

  it('routes term pages whose names contain a dot (Next.js, Web3.0) as pages', () => {
    expect(isClientRoutable(url('/tags/next.js'), here)).toBe(true);
    expect(isClientRoutable(url('/categories/web3.0'), here)).toBe(true);
  });

  it('routes a link to the page itself (the header name on the home page) like <Link>, without a reload', () => {
    expect(isClientRoutable(url('/posts/a?ref=1'), here)).toBe(true);
    expect(isClientRoutable(url('/posts/a'), here)).toBe(true);
  });

  it('leaves other sites, same-page fragments and files to the browser', () => {
    expect(isClientRoutable(url('https://example.com/posts/b'), here)).toBe(false);
    expect(isClientRoutable(url('#半導体の需給'), here)).toBe(false);
    expect(isClientRoutable(url('/posts/a?ref=1#半導体の需給'), here)).toBe(false);
    expect(isClientRoutable(url('/feed.xml'), here)).toBe(false);
    expect(isClientRoutable(url('/images/chart.svg'), here)).toBe(false);
    expect(isClientRoutable(url('/images/photo.JPG'), here)).toBe(false);
    expect(isClientRoutable(url('/tags/ai/feed.xml'), here)).toBe(false);
  });
});

describe('clientRoutePath', () => {
  it('is the path, query and fragment of a page on this site', () => {
    expect(clientRoutePath(url('/posts/b?x=1#節'), here)).toBe('/posts/b?x=1#%E7%AF%80');
    expect(clientRoutePath(url('/feed.xml'), here)).toBeUndefined();
  });

  // Each of these resolves to this origin, with a pathname that starts with `//`:
  // pushed as it is, it would be read as a link to evil.example.
  it.each(['/.//evil.example/z', '/./\\evil.example/z', '/a/..//evil.example', '/%2e//evil.example/z', '/.\t//evil.example'])(
    'leaves %j to the browser, which stays on this site',
    (href) => {
      const target = url(href);
      expect(target.origin).toBe(here.origin);
      expect(target.pathname.startsWith('//')).toBe(true);
      expect(isClientRoutable(target, here)).toBe(true);
      expect(clientRoutePath(target, here)).toBeUndefined();
    },
  );
});

describe('isPlainClick', () => {
  const click = { button: 0, metaKey: false, ctrlKey: false, shiftKey: false, altKey: false, defaultPrevented: false };

  it('accepts a plain primary click only', () => {
    expect(isPlainClick(click)).toBe(true);
    expect(isPlainClick({ ...click, metaKey: true })).toBe(false);
    expect(isPlainClick({ ...click, ctrlKey: true })).toBe(false);
    expect(isPlainClick({ ...click, button: 1 })).toBe(false);
    expect(isPlainClick({ ...click, defaultPrevented: true })).toBe(false);
  });
});
