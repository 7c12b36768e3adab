import type { Root } from 'hast';
import { classList, forEachElement, span, text } from './hast';

export type ExternalLinkLabels = { external: string };

function leavesOrigin(url: URL, origin: string): boolean {
  return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin !== origin;
}

/**
 * Whether a link leaves the site for another web origin. Decided the way the browser
 * reads the href (WHATWG URL parsing against the site), not by its spelling, so
 * `//evil.example`, `/\evil.example`, `\\evil.example` and tabs or newlines inside
 * the scheme all count. An href with a scheme of its own (`https:evil.example`) is
 * also read on its own: against a page served over the other scheme, or from a
 * preview host, it is an absolute URL. `mailto:` and the like leave no web origin.
 */
export function isExternalHref(href: string, siteOrigin: string): boolean {
  let url: URL;
  try {
    url = new URL(href, siteOrigin);
  } catch {
    return false;
  }
  if (leavesOrigin(url, siteOrigin)) return true;
  try {
    return leavesOrigin(new URL(href), siteOrigin);
  } catch {
    // A relative href: the reading against the site above is the only one.
    return false;
  }
}

/**
 * External links get `rel="noopener noreferrer"` and a marker both visible and read out.
 * In a sponsored (PR) post they are also `rel="sponsored"`, as search engines ask of paid links.
 */
export function rehypeExternalLinks(options: { siteOrigin: string; labels: ExternalLinkLabels; sponsored?: boolean }) {
  const rel = options.sponsored ? ['sponsored', 'noopener', 'noreferrer'] : ['noopener', 'noreferrer'];
  return (tree: Root) => {
    forEachElement(tree, (element) => {
      const href = element.properties.href;
      if (element.tagName !== 'a' || typeof href !== 'string' || !isExternalHref(href, options.siteOrigin)) return;
      element.properties.rel = [...rel];
      element.properties.className = [...classList(element), 'external-link'];
      element.children.push(
        span('external-link__mark', [text('↗')], { ariaHidden: 'true' }),
        span('sr-only', [text(options.labels.external)]),
      );
      return 'skip';
    });
  };
}
