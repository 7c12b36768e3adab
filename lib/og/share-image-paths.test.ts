import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
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

  it('has a route under app/ and a proxy matcher for each format', () => {
    const proxy = readFileSync('proxy.ts', 'utf8');
    const names = SHARE_IMAGE_FILES.map((file) => file.replace(/\.png$/, ''));
    expect(proxy).toContain(`'/posts/:slug/:image(${names.join('|')}).png'`);
    for (const file of SHARE_IMAGE_FILES) expect(readFileSync(`app/posts/[slug]/${file}/route.ts`, 'utf8')).toContain('shareImageRoute(');
  });

  it('reads its fonts by paths of literals, so the server function carries those four files and no other weight', () => {
    const source = readFileSync('lib/og/image.tsx', 'utf8');
    const joins = [...source.matchAll(/path\.join\(process\.cwd\(\), ([^)]*)\)/g)].map((match) => match[1]);
    expect(joins).toHaveLength(4);
    for (const args of joins) {
      const parts = args.split(', ');
      expect(parts.every((part) => /^'[^']+'$/.test(part)), args).toBe(true);
      const file = path.join(...parts.map((part) => part.slice(1, -1)));
      expect(file).toMatch(/^node_modules\/@expo-google-fonts\/noto-sans-(jp|kr)\/(400Regular|700Bold)\/[^/]+\.ttf$/);
      expect(existsSync(file), file).toBe(true);
    }
  });
});
