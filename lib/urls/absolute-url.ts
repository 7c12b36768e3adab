/**
 * Absolute URLs, for what crawlers, feeds and social cards read. Apart from
 * ./routes.ts because it needs the site's origin (lib/config.ts), which the
 * client components that build paths have no use for.
 */
import { siteConfig } from '../config';

/** `/posts/x` → `https://news.example.jp/posts/x`. */
export function absoluteUrl(path: string, siteUrl: string = siteConfig.url): string {
  return new URL(path, `${siteUrl}/`).toString();
}
