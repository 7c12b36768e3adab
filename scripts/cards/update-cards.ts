/**
 * What `npm run cards` does (scripts/cards.ts), with the folders and the fetch
 * passed in so that a test runs it against a fake network. For every URL alone on
 * a line of a post it stores:
 * - a YouTube video's thumbnail as public/embeds/youtube/<id>.jpg (the lite player shows it);
 * - any other page's OGP title, description, site name and image in content/link-cards.json,
 *   the image as public/embeds/cards/<hash>.<ext>.
 * X posts need nothing (their card is made from the URL). URLs already in the file are
 * skipped unless `refresh`. Every request has a time and a size limit; a failure is
 * reported and the URL stays a plain link.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { imageSize } from 'image-size';
import { readPostFiles } from '../../lib/content/files';
import { LINK_CARDS_FILE, linkCardKey, parseLinkCards, type LinkCard } from '../../lib/markdown/embeds/link-cards';
import { bareUrls, parseOgp } from '../../lib/markdown/embeds/ogp';
import { embedTarget, youtubeThumbnailPath } from '../../lib/markdown/embeds/urls';
import { fetchLimited } from './fetch-limited';

const PAGE_LIMITS = { timeoutMs: 10_000, maxBytes: 1_000_000 };
const IMAGE_LIMITS = { timeoutMs: 15_000, maxBytes: 2_000_000 };
const IMAGE_TYPES: Record<string, string> = { jpg: 'jpg', png: 'png', webp: 'webp', gif: 'gif' };

type StoredCard = LinkCard & { fetchedAt?: string };

export type UpdateCardsOptions = {
  contentDir: string;
  publicDir: string;
  refresh?: boolean;
  fetch?: typeof fetch;
  log?: (line: string) => void;
  now?: () => Date;
};

export type UpdateCardsResult = { urls: number; stored: string[]; failed: string[] };

/** The cards already in the file, cleaned as the build cleans them, with the date each was fetched. */
function readCardsFile(file: string): Record<string, StoredCard> {
  if (!existsSync(file)) return {};
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return {};
  }
  const raw = json as Record<string, { fetchedAt?: unknown }>;
  return Object.fromEntries(
    [...parseLinkCards(json)].map(([key, card]) => {
      const fetchedAt = Object.entries(raw).find(([url]) => linkCardKey(url) === key)?.[1]?.fetchedAt;
      return [key, typeof fetchedAt === 'string' ? { ...card, fetchedAt } : card];
    }),
  );
}

/** An image's type from its bytes, if it really is an image of an allowed type. */
function imageExtension(body: Buffer): string | undefined {
  try {
    const { type, width, height } = imageSize(body);
    return width && height && type ? IMAGE_TYPES[type] : undefined;
  } catch {
    return undefined;
  }
}

export async function updateLinkCards(options: UpdateCardsOptions): Promise<UpdateCardsResult> {
  const { contentDir, publicDir } = options;
  const log = options.log ?? console.log;
  const limits = (base: { timeoutMs: number; maxBytes: number }) => ({ ...base, fetch: options.fetch });
  const cardsFile = path.join(contentDir, LINK_CARDS_FILE);
  const cards = readCardsFile(cardsFile);
  const urls = [...new Set(readPostFiles(contentDir).flatMap((post) => bareUrls(post.source)))];
  const stored: string[] = [];
  const failed: string[] = [];

  const writeImage = (publicPath: string, body: Buffer) => {
    const file = path.join(publicDir, publicPath);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, body);
  };

  for (const href of urls) {
    const target = embedTarget(href);
    if (!target || target.kind === 'x') continue;
    try {
      if (target.kind === 'youtube') {
        const thumbnail = youtubeThumbnailPath(target.id);
        if (existsSync(path.join(publicDir, thumbnail)) && !options.refresh) continue;
        const { body } = await fetchLimited(`https://i.ytimg.com/vi/${target.id}/hqdefault.jpg`, 'image/jpeg', limits(IMAGE_LIMITS));
        if (imageExtension(body) !== 'jpg') throw new Error('サムネイルが JPEG ではありません');
        writeImage(thumbnail, body);
      } else {
        const key = linkCardKey(target.url)!;
        if (cards[key] && !options.refresh) continue;
        const page = await fetchLimited(key, 'text/html,application/xhtml+xml', limits(PAGE_LIMITS));
        if (!/^(text\/html|application\/xhtml\+xml)/i.test(page.contentType)) throw new Error(`HTML ではありません（${page.contentType}）`);
        const { card, imageUrl } = parseOgp(page.body.toString('utf8'), page.url);
        if (!card) throw new Error('タイトルが見つかりません');
        let image: string | undefined;
        if (imageUrl) {
          try {
            const { body } = await fetchLimited(imageUrl, 'image/avif,image/webp,image/png,image/jpeg,image/gif', limits(IMAGE_LIMITS));
            const extension = imageExtension(body);
            if (!extension) throw new Error('画像として読めません');
            image = `/embeds/cards/${createHash('sha256').update(key).digest('hex').slice(0, 16)}.${extension}`;
            writeImage(image, body);
          } catch (error) {
            log(`! ${key}: 画像を保存できませんでした（${error instanceof Error ? error.message : String(error)}）。画像なしのカードにします。`);
          }
        }
        cards[key] = { ...card, ...(image ? { image } : {}), fetchedAt: (options.now?.() ?? new Date()).toISOString() };
      }
      stored.push(href);
      log(`✓ ${href}`);
    } catch (error) {
      failed.push(href);
      log(`✗ ${href}: ${error instanceof Error ? error.message : String(error)}（通常のリンクのままです）`);
    }
  }
  const sorted = Object.fromEntries(Object.entries(cards).sort(([a], [b]) => a.localeCompare(b)));
  writeFileSync(cardsFile, `${JSON.stringify(sorted, null, 2)}\n`);
  log(`${urls.length} 件の URL のうち ${stored.length} 件を保存、${failed.length} 件は失敗しました。${cardsFile} を確認してコミットしてください。`);
  return { urls: urls.length, stored, failed };
}
