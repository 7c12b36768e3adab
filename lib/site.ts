/** Site-wide settings. Everything a reader sees about "the site" comes from here. */
export const siteConfig = {
  name: 'テックと投資のニュースデスク',
  shortName: 'ニュースデスク',
  description: 'AI、半導体、投資の最新動向を日本語で深く読み解くニュースサイト。',
  locale: 'ja',
  timeZone: 'Asia/Tokyo',
  defaultAuthor: '編集部',
  postsPerPage: 20,
} as const;

export type SiteConfig = typeof siteConfig;

/**
 * Where the site is published, for absolute URLs (share links, copy-link).
 * Set SITE_URL at build time (e.g. `https://example.jp`); local builds use localhost.
 */
export function siteOrigin(): string {
  return new URL(process.env.SITE_URL || 'http://localhost:3000').origin;
}

/** `/posts/x` → `https://example.jp/posts/x`. */
export function absoluteUrl(path: string): string {
  return new URL(path, `${siteOrigin()}/`).toString();
}
