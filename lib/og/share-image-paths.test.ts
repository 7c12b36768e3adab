import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SHARE_IMAGE_FILES } from './formats';
import { isUnknownShareImage, shareImageSlug, shareImageSlugs } from './share-image-paths';

const known = new Set(shareImageSlugs([
  { slug: 'nvidia-q3-earnings', draft: false },
  { slug: '日銀会合', draft: false },
  { slug: 'draft-roundup', draft: true },
]));

describe('shareImageSlug', () => {
  it('reads the slug of a share image URL, decoded as the route decodes it', () => {
    expect(shareImageSlug('/posts/nvidia-q3-earnings/og.png')).toBe('nvidia-q3-earnings');
    expect(shareImageSlug(`/posts/${encodeURIComponent('日銀会合')}/og.png`)).toBe('日銀会合');
  });

  it('ignores every other path', () => {
    for (const path of ['/og.png', '/posts/x', '/posts/x/og.png/y', '/posts//og.png', '/posts/a/b/og.png', '/tags/x/og.png']) {
      expect(shareImageSlug(path)).toBeUndefined();
    }
  });
});

describe('isUnknownShareImage', () => {
  it('turns away slugs no post has, and drafts', () => {
    expect(isUnknownShareImage('/posts/no-such-post-8f3a/og.png', known)).toBe(true);
    expect(isUnknownShareImage('/posts/draft-roundup/og.png', known)).toBe(true);
    expect(isUnknownShareImage('/posts/%E0%A4%A/og.png', known)).toBe(true);
  });

  it('lets the posts through, and paths that are not share images', () => {
    expect(isUnknownShareImage('/posts/nvidia-q3-earnings/og.png', known)).toBe(false);
    expect(isUnknownShareImage(`/posts/${encodeURIComponent('日銀会合')}/og.png`, known)).toBe(false);
    expect(isUnknownShareImage('/posts/no-such-post/', known)).toBe(false);
  });
});

describe('share image formats', () => {
  it('reads the slug of every format (og.png, og-16x9.png, og-4x3.png, og-1x1.png) and turns away unknown slugs for each', () => {
    expect(SHARE_IMAGE_FILES).toEqual(['og.png', 'og-16x9.png', 'og-4x3.png', 'og-1x1.png']);
    for (const name of SHARE_IMAGE_FILES) {
      expect(shareImageSlug(`/posts/nvidia-q3-earnings/${name}`)).toBe('nvidia-q3-earnings');
      expect(isUnknownShareImage(`/posts/no-such-post/${name}`, known)).toBe(true);
    }
    expect(shareImageSlug('/posts/x/og-2x1.png')).toBeUndefined();
  });

  it('has a route under app/, a proxy matcher and a traced-files entry for each format', () => {
    const proxy = readFileSync('proxy.ts', 'utf8');
    const nextConfig = readFileSync('next.config.mjs', 'utf8');
    const names = SHARE_IMAGE_FILES.map((file) => file.replace(/\.png$/, ''));
    expect(proxy).toContain(`'/posts/:slug/:image(${names.join('|')}).png'`);
    expect(nextConfig).toContain(`[${names.map((name) => `'${name}'`).join(', ')}]`);
    for (const file of SHARE_IMAGE_FILES) expect(readFileSync(`app/posts/[slug]/${file}/route.ts`, 'utf8')).toContain('shareImageRoute(');
  });
});
