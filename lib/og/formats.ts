/**
 * The sizes a post's share image is rendered in. Open Graph and X take the
 * 1.91:1 `og.png`; Google's Article guidelines ask for 16:9, 4:3 and 1:1 in
 * NewsArticle's `image`, each at least 1200 px wide. One table, read by the
 * routes, the URLs, the proxy's check and the JSON-LD.
 */
export const SHARE_IMAGE_FORMATS = {
  og: { file: 'og.png', width: 1200, height: 630 },
  '16x9': { file: 'og-16x9.png', width: 1200, height: 675 },
  '4x3': { file: 'og-4x3.png', width: 1200, height: 900 },
  '1x1': { file: 'og-1x1.png', width: 1200, height: 1200 },
} as const;

export type ShareImageFormat = keyof typeof SHARE_IMAGE_FORMATS;

/** What NewsArticle's `image` lists, widest first. */
export const ARTICLE_IMAGE_FORMATS: readonly ShareImageFormat[] = ['16x9', '4x3', '1x1'];

export const SHARE_IMAGE_FILES: readonly string[] = Object.values(SHARE_IMAGE_FORMATS).map((format) => format.file);
