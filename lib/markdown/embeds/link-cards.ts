/**
 * The link cards' data: content/link-cards.json, written by `npm run cards` from
 * other sites' OGP tags and read by the build (never fetched by it). Whatever is
 * in the file came from another site, so it is treated as untrusted: only known
 * fields, only strings, control characters dropped, lengths capped, keys that
 * are http(s) URLs, and images only as paths under /embeds/ in public/.
 * The HTML is built as a hast tree, so every text is escaped when it is written.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseWebUrl } from './urls';

export type LinkCard = {
  title: string;
  description?: string;
  siteName?: string;
  /** A path under public/, e.g. `/embeds/cards/3f2a….jpg`. */
  image?: string;
};

export type LinkCards = ReadonlyMap<string, LinkCard>;

export const LINK_CARDS_FILE = 'link-cards.json';

export const LINK_CARD_LIMITS = { title: 120, description: 200, siteName: 60 } as const;

/** Where card images live in public/: the only image paths a card may name. */
export const LINK_CARD_IMAGE = /^\/embeds\/(?:cards|youtube)\/[A-Za-z0-9_-]{1,80}\.(?:jpg|jpeg|png|webp|gif)$/;

// C0/C1 controls, bidi overrides and isolates, zero-width and BOM: nothing a card's text needs.
const UNWANTED = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;

/** One line of text: controls dropped, runs of spaces made one, cut at `max` characters with 「…」. */
export function cleanCardText(value: unknown, max: number): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.slice(0, max * 4).replace(UNWANTED, ' ').replace(/\s+/g, ' ').trim();
  if (text === '') return undefined;
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

/** The key a card is filed under: the URL as WHATWG URL writes it, so `HTTPS://Example.com` finds `https://example.com/`. */
export function linkCardKey(href: string): string | undefined {
  return parseWebUrl(href)?.href;
}

function cleanCard(value: unknown): LinkCard | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const record = value as Record<string, unknown>;
  const title = cleanCardText(record.title, LINK_CARD_LIMITS.title);
  if (!title) return undefined;
  const description = cleanCardText(record.description, LINK_CARD_LIMITS.description);
  const siteName = cleanCardText(record.siteName, LINK_CARD_LIMITS.siteName);
  const image = typeof record.image === 'string' && LINK_CARD_IMAGE.test(record.image) ? record.image : undefined;
  return { title, ...(description ? { description } : {}), ...(siteName ? { siteName } : {}), ...(image ? { image } : {}) };
}

/** The usable cards of a parsed link-cards.json; anything malformed is left out, never an error (the page shows a plain link). */
export function parseLinkCards(json: unknown): LinkCards {
  const cards = new Map<string, LinkCard>();
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return cards;
  for (const [url, value] of Object.entries(json)) {
    const key = linkCardKey(url);
    const card = key && cleanCard(value);
    if (key && card) cards.set(key, card);
  }
  return cards;
}

/** content/link-cards.json, or no cards when the file is missing; a file that is not JSON is an error naming it. */
export function readLinkCards(contentDir: string): LinkCards {
  const file = path.join(contentDir, LINK_CARDS_FILE);
  if (!existsSync(file)) return new Map();
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    // A file `npm run cards` did not write whole (or a hand edit gone wrong): say so, never render every post without its cards.
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`${file}:1: link-cards: JSON として読めません（${reason}）。npm run cards で作り直すか、ファイルを直してください`);
  }
  return parseLinkCards(data);
}
