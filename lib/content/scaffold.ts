import { toJekyllJstDate } from '../posts/dates';
import { urlSegment } from '../urls/segments';

export type NewPostOptions = {
  title: string;
  slug?: string;
  category?: string;
  tags?: string[];
  author?: string;
  now: Date;
};

export type NewPost = { fileName: string; slug: string; source: string };

/**
 * An ASCII slug from the Latin words in a title (`NVIDIA決算 2025年Q3` → `nvidia-2025-q3`).
 * Japanese titles give none: transliteration would guess (a reading dictionary
 * such as kuromoji's is some 20 MB and still misreads names), so the writer
 * chooses with `--slug`. Numbers alone are no slug either: in
 * 「日銀が追加利上げ、円相場は一時140円台に」 the only Latin word is `140`, and
 * `/posts/140` says nothing of the article; a slug needs a word with a letter.
 */
export function slugFromTitle(title: string): string | undefined {
  const words = title.normalize('NFKC').toLowerCase().match(/[a-z0-9]+/g);
  if (!words || !words.some((word) => /[a-z]/.test(word))) return undefined;
  const slug = words.join('-').slice(0, 60).replace(/-+$/, '');
  return slug === '' ? undefined : slug;
}

/** A slug of digits and dashes only (`140`, `2025-12`): reads as a page number or a date, not as an article. */
export function isDigitsOnlySlug(slug: string): boolean {
  return /^[0-9-]+$/.test(slug);
}

const yamlList = (names: string[]) => `[${names.map((name) => JSON.stringify(name)).join(', ')}]`;

export class ScaffoldError extends Error {}

export function scaffoldPost(options: NewPostOptions): NewPost {
  const title = options.title.trim();
  if (title === '') throw new ScaffoldError('タイトルを指定してください（例: npm run new -- "記事タイトル" --slug my-slug）');
  const slug = options.slug !== undefined ? urlSegment(options.slug) : slugFromTitle(title);
  if (!slug) {
    throw new ScaffoldError(
      `タイトル「${title}」からは意味のある英字のスラッグを作れません（数字だけの URL にはしません）。--slug で URL 用の名前を指定してください（例: --slug boj-rate-decision）`,
    );
  }
  if (isDigitsOnlySlug(slug)) {
    throw new ScaffoldError(`スラッグ「${slug}」は数字だけなので記事の内容が伝わりません。--slug で英単語を含む名前を指定してください（例: --slug boj-rate-hike-140yen）`);
  }
  if (!/^[\p{L}\p{N}._~-]+$/u.test(slug)) {
    throw new ScaffoldError(`スラッグ「${slug}」には英数字と - だけを使ってください`);
  }
  const date = toJekyllJstDate(options.now);
  const source = [
    '---',
    'layout: post',
    `title: ${JSON.stringify(title)}`,
    `date: ${date}`,
    `categories: ${yamlList(options.category ? [options.category] : [])}`,
    `tags: ${yamlList(options.tags ?? [])}`,
    `author: ${JSON.stringify(options.author ?? '編集部')}`,
    'excerpt: ""',
    '# 公開するときは draft: false にするか、この行を消します',
    'draft: true',
    '---',
    '',
    '## はじめに',
    '',
    'ここに本文を書きます。',
    '',
  ].join('\n');
  return { fileName: `${date.slice(0, 10)}-${slug}.md`, slug, source };
}
