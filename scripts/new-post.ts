/**
 * `npm run new -- "記事タイトル" [--slug my-slug] [--category 投資分析] [--tags AI,NVIDIA]`
 * Creates content/posts/YYYY-MM-DD-<slug>.md (date in Japan time) as a draft.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readPostFiles } from '../lib/content/files';
import { ScaffoldError, scaffoldPost } from '../lib/content/scaffold';
import { validatePosts } from '../lib/content/validate';
import { CONTENT_DIR } from '../lib/config';

const contentDir = CONTENT_DIR;

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    slug: { type: 'string' },
    category: { type: 'string' },
    tags: { type: 'string' },
    author: { type: 'string' },
  },
});

let post;
try {
  post = scaffoldPost({
    title: positionals.join(' '),
    slug: values.slug,
    category: values.category,
    tags: values.tags?.split(/[,、]/).map((t) => t.trim()).filter(Boolean),
    author: values.author,
    now: new Date(),
  });
} catch (error) {
  if (error instanceof ScaffoldError) fail(error.message);
  throw error;
}

const postsDir = path.join(contentDir, 'posts');
const file = path.join(postsDir, post.fileName);
if (existsSync(file)) fail(`${file} はすでにあります。上書きはしません。`);

const existing = existsSync(postsDir) ? validatePosts(readPostFiles(contentDir)).posts : [];
const sameSlug = existing.find((p) => p.frontMatter.slug === post.slug);
if (sameSlug) fail(`スラッグ「${post.slug}」は ${sameSlug.file} が使っています。--slug で別の名前を指定してください。`);

mkdirSync(postsDir, { recursive: true });
writeFileSync(file, post.source, { flag: 'wx' });
console.log(`${file} を作りました（下書き）。公開するときは draft: true を消してください。URL: /posts/${post.slug}`);
