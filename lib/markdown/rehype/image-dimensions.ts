import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Root } from 'hast';
import type { VFile } from 'vfile';
import { imageSize } from 'image-size';
import { forEachElement } from './hast';

/**
 * `/images/chart.svg` → the file in `publicDir`, or undefined for remote images
 * and paths that leave the folder.
 */
export function localImagePath(src: string, publicDir: string): string | undefined {
  if (!src.startsWith('/') || src.startsWith('//')) return undefined;
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(src, 'http://local.invalid').pathname);
  } catch {
    return undefined;
  }
  const root = path.resolve(publicDir);
  const file = path.resolve(root, `.${pathname}`);
  return file.startsWith(root + path.sep) ? file : undefined;
}

export function readImageSize(file: string): { width: number; height: number } | undefined {
  try {
    const { width, height } = imageSize(readFileSync(file));
    return width && height ? { width, height } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Images from public/ get their intrinsic width and height so the page does not
 * move while they load; all article images are below the title and meta, so
 * they load lazily.
 */
export function rehypeImageDimensions(options: { publicDir: string }) {
  return (tree: Root, vfile: VFile) => {
    const localImages = new Set<string>();
    forEachElement(tree, (element) => {
      if (element.tagName !== 'img' || typeof element.properties.src !== 'string') return;
      element.properties.loading = 'lazy';
      element.properties.decoding = 'async';
      if (element.properties.width && element.properties.height) return;
      const file = localImagePath(element.properties.src, options.publicDir);
      // The HTML depends on this file (its size, or that it is missing): the content cache re-renders the post when it changes.
      if (file) localImages.add(path.relative(path.resolve(options.publicDir), file).split(path.sep).join('/'));
      const size = file && readImageSize(file);
      if (!size) return;
      element.properties.width = size.width;
      element.properties.height = size.height;
    });
    vfile.data.localImages = [...localImages].sort();
  };
}

declare module 'vfile' {
  interface DataMap {
    /** Files under publicDir the article's images were measured from, relative to it. */
    localImages: string[];
  }
}
