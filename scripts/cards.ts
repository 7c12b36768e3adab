/**
 * `npm run cards` — run online, on a writer's machine, after adding a bare URL to
 * a post. For every URL alone on a line of a post it stores:
 * - a YouTube video's thumbnail as public/embeds/youtube/<id>.jpg (the lite player shows it);
 * - any other page's OGP title, description, site name and image in content/link-cards.json,
 *   the image as public/embeds/cards/<hash>.<ext>.
 * X posts need nothing (their card is made from the URL). URLs already in the file are
 * skipped unless `--refresh`. Every request has a time and a size limit; a failure is
 * reported and the URL stays a plain link. The build reads only what this wrote.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { imageSize } from 'image-size';
import { CONTENT_DIR } from '../lib/config';
import { readPostFiles } from '../lib/content/files';
import { LINK_CARDS_FILE, linkCardKey, parseLinkCards, type LinkCard } from '../lib/markdown/embeds/link-cards';
import { bareUrls, parseOgp } from '../lib/markdown/embeds/ogp';
import { embedTarget, youtubeThumbnailPath } from '../lib/markdown/embeds/urls';
import { fetchLimited } from './cards/fetch-limited';

const PAGE_LIMITS = { timeoutMs: 10_000, maxBytes: 1_000_000 };
const IMAGE_LIMITS = { timeoutMs: 15_000, maxBytes: 2_000_000 };
const IMAGE_TYPES: Record<string, string> = { jpg: 'jpg', png: 'png', webp: 'webp', gif: 'gif' };

const { values } = parseArgs({ options: { refresh: { type: 'boolean', default: false } } });
const publicDir = path.resolve('public');
const cardsFile = path.join(CONTENT_DIR, LINK_CARDS_FILE);

function readCardsFile(): Record<string, LinkCard & { fetchedAt?: string }> {
  if (!existsSync(cardsFile)) return {};
  const cards = parseLinkCards(JSON.parse(readFileSync(cardsFile, 'utf8')));
  return Object.fromEntries(cards);
}

/** An image's bytes, kept only if they really are an image of an allowed type (the extension is chosen from the bytes). */
function imageExtension(body: Buffer): string | undefined {
  try {
    const { type, width, height } = imageSize(body);
    return width && height && type ? IMAGE_TYPES[type] : undefined;
  } catch {
    return undefined;
  }
}

async function storeImage(url: string, stem: string, dir: string): Promise<string | undefined> {
  const image = await fetchLimited(url, 'image/avif,image/webp,image/png,image/jpeg,image/gif', IMAGE_LIMITS);
  const extension = imageExtension(image.body);
  if (!extension) throw new Error('画像として読めません');
  const publicPath = `/embeds/${dir}/${stem}.${extension}`;
  mkdirSync(path.join(publicDir, 'embeds', dir), { recursive: true });
  writeFileSync(path.join(publicDir, publicPath), image.body);
  return publicPath;
}

async function main() {
  const cards = readCardsFile();
  const urls = [...new Set(readPostFiles(CONTENT_DIR).flatMap((post) => bareUrls(post.source)))];
  let stored = 0;
  let failed = 0;
  for (const href of urls) {
    const target = embedTarget(href);
    if (!target || target.kind === 'x') continue;
    try {
      if (target.kind === 'youtube') {
        const thumbnail = youtubeThumbnailPath(target.id);
        if (existsSync(path.join(publicDir, thumbnail)) && !values.refresh) continue;
        const body = (await fetchLimited(`https://i.ytimg.com/vi/${target.id}/hqdefault.jpg`, 'image/jpeg', IMAGE_LIMITS)).body;
        if (imageExtension(body) !== 'jpg') throw new Error('サムネイルが JPEG ではありません');
        mkdirSync(path.dirname(path.join(publicDir, thumbnail)), { recursive: true });
        writeFileSync(path.join(publicDir, thumbnail), body);
      } else {
        const key = linkCardKey(target.url)!;
        if (cards[key] && !values.refresh) continue;
        const page = await fetchLimited(key, 'text/html,application/xhtml+xml', PAGE_LIMITS);
        if (!/^(text\/html|application\/xhtml\+xml)/i.test(page.contentType)) throw new Error(`HTML ではありません（${page.contentType}）`);
        const { card, imageUrl } = parseOgp(page.body.toString('utf8'), page.url);
        if (!card) throw new Error('タイトルが見つかりません');
        let image: string | undefined;
        if (imageUrl) {
          const stem = createHash('sha256').update(key).digest('hex').slice(0, 16);
          image = await storeImage(imageUrl, stem, 'cards').catch((error: unknown) => {
            console.warn(`${key}: 画像を保存できませんでした（${String(error)}）。画像なしのカードにします。`);
            return undefined;
          });
        }
        cards[key] = { ...card, ...(image ? { image } : {}), fetchedAt: new Date().toISOString() } as LinkCard;
      }
      stored += 1;
      console.log(`✓ ${href}`);
    } catch (error) {
      failed += 1;
      console.warn(`✗ ${href}: ${error instanceof Error ? error.message : String(error)}（通常のリンクのままです）`);
    }
  }
  const sorted = Object.fromEntries(Object.entries(cards).sort(([a], [b]) => a.localeCompare(b)));
  writeFileSync(cardsFile, `${JSON.stringify(sorted, null, 2)}\n`);
  console.log(`${urls.length} 件の URL のうち ${stored} 件を保存、${failed} 件は失敗しました。${cardsFile} を確認してコミットしてください。`);
}

await main();
