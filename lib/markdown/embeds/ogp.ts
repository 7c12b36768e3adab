/**
 * The offline halves of `npm run cards` (scripts/cards.ts): which bare URLs the
 * posts have, and what a fetched page's OGP tags say. Kept pure so they are
 * tested without the network; the page's HTML is another site's, read with
 * bounded regular expressions over at most the first bytes the script kept.
 */
import { cleanCardText, LINK_CARD_LIMITS, type LinkCard } from './link-cards';
import { parseWebUrl } from './urls';

const FENCE = /^\s{0,3}(`{3,}|~{3,})/;
const BARE_URL_LINE = /^\s{0,3}(https?:\/\/[^\s<>]+)\s*$/;

/** The URLs that stand alone on a line of a Markdown body, outside fenced code, in order and once each. */
export function bareUrls(markdown: string): string[] {
  const urls = new Set<string>();
  let fence: string | undefined;
  for (const line of markdown.split('\n')) {
    const fenceMatch = FENCE.exec(line);
    if (fenceMatch) {
      const marker = fenceMatch[1]!;
      if (fence === undefined) fence = marker;
      else if (marker[0] === fence[0] && marker.length >= fence.length) fence = undefined;
      continue;
    }
    if (fence !== undefined) continue;
    const url = BARE_URL_LINE.exec(line)?.[1];
    if (url && parseWebUrl(url)) urls.add(url);
  }
  return [...urls];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

export function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8});/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

const META_TAG = /<meta\b[^>]{0,2000}>/gi;
const ATTRIBUTE = /([a-z:_-]{1,40})\s*=\s*(?:"([^"]{0,4000})"|'([^']{0,4000})'|([^\s"'>]{1,4000}))/gi;
const TITLE = /<title\b[^>]{0,200}>([^<]{0,1000})<\/title>/i;

function metaTags(html: string): Map<string, string> {
  const tags = new Map<string, string>();
  for (const [tag] of html.matchAll(META_TAG)) {
    const attributes = new Map<string, string>();
    for (const match of tag.matchAll(ATTRIBUTE)) attributes.set(match[1]!.toLowerCase(), match[2] ?? match[3] ?? match[4] ?? '');
    const name = (attributes.get('property') ?? attributes.get('name'))?.toLowerCase();
    const content = attributes.get('content');
    if (name && content !== undefined && !tags.has(name)) tags.set(name, decodeEntities(content));
  }
  return tags;
}

/** A page's card fields from its OGP (then Twitter, then plain) tags, and its image's absolute http(s) URL if it names one. */
export function parseOgp(html: string, pageUrl: string): { card?: Omit<LinkCard, 'image'>; imageUrl?: string } {
  const tags = metaTags(html);
  const pageTitle = TITLE.exec(html)?.[1];
  const title = cleanCardText(tags.get('og:title') ?? tags.get('twitter:title') ?? (pageTitle && decodeEntities(pageTitle)), LINK_CARD_LIMITS.title);
  const description = cleanCardText(tags.get('og:description') ?? tags.get('twitter:description') ?? tags.get('description'), LINK_CARD_LIMITS.description);
  const siteName = cleanCardText(tags.get('og:site_name'), LINK_CARD_LIMITS.siteName);
  const rawImage = tags.get('og:image') ?? tags.get('og:image:url') ?? tags.get('twitter:image');
  let imageUrl: string | undefined;
  if (rawImage) {
    try {
      imageUrl = parseWebUrl(new URL(rawImage.trim(), pageUrl).href)?.href;
    } catch {
      imageUrl = undefined;
    }
  }
  if (!title) return { imageUrl };
  return { card: { title, ...(description ? { description } : {}), ...(siteName ? { siteName } : {}) }, imageUrl };
}
