/**
 * `npm run import:jekyll -- <site>`: bring a Jekyll site's posts into this project
 * as they are. Posts are copied byte for byte under the same names (a post's history
 * stays one file, and writers keep writing the way they did); everything Jekyll
 * understood about them is understood by the content step instead (front matter in
 * ./front-matter.ts, old URLs in lib/urls/legacy-urls.ts), from the settings this
 * writes to `<content>/jekyll.json` (./jekyll-settings.ts). Running it twice gives
 * the same files: a file already there with the same bytes is left alone, one with
 * other bytes is never overwritten (it is listed instead).
 */
import { copyFileSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { siteConfig } from '../config';
import { isKnownTimeZone } from '../posts/dates';
import { selectPublishedPosts } from '../posts/query';
import { legacyUrlList, normalizePath, permalinkPattern, type IndexedPost, type LegacyUrl } from '../urls/legacy-urls';
import { postPath } from '../urls/routes';
import { postSlug } from '../urls/segments';
import { checkPosts } from './checks';
import { POSTS_SUBDIR, readPostFiles } from './files';
import { DRAFTS_SUBDIR } from './front-matter';
import { DEFAULT_JEKYLL_SETTINGS, jekyllSettingsPath, readJekyllSettings, type JekyllSettings } from './jekyll-settings';
import { createJekyllBodyContext, liquidPage, unrenderedJekyllTags } from './jekyll-body';
import type { ContentProblem } from './problems';
import { listPublicEntries } from './reserved-paths';
import { validatePosts, type ValidPost } from './validate';

/** The old site's folders whose files are served at the same paths here (from `public/`). */
export const IMAGE_FOLDERS = ['assets', 'images', 'img'] as const;
/** What is copied from those folders: images and documents a post links to, not the old theme's scripts and styles. */
const IMAGE_FILE = /\.(png|jpe?g|gif|webp|avif|svg|ico|bmp|pdf)$/i;
const POST_FILE = /\.(md|markdown)$/i;
/** Where `_includes/` goes, inside the content folder. */
export const INCLUDES_SUBDIR = 'jekyll-includes';
/** The old → new URL table the report names, next to jekyll.json. */
export const URL_TABLE_FILE = 'jekyll-urls.csv';
// An SVG is served from this site's origin as a document: one that could run script is not copied.
const ACTIVE_SVG = /<script|<foreignobject|\son[a-z]+\s*=|javascript:/i;

export type ImportPaths = {
  /** The Jekyll site: the folder with `_config.yml` and `_posts/`. */
  siteDir: string;
  /** This project's content folder (CONTENT_DIR) and public folder. */
  contentDir: string;
  publicDir: string;
  /** The project root, which `includesDir` is relative to. */
  projectDir: string;
};

export type CopyKind = 'post' | 'draft' | 'image' | 'include';
export type CopyOutcome = 'copied' | 'unchanged' | 'kept';
export type CopyResult = { kind: CopyKind; from: string; to: string; outcome: CopyOutcome };

/** A file of the old site left out, and why: nothing is dropped without a line in the report. */
export type LeftOut = { file: string; reason: string };

/** Liquid tags the content step could not render, by tag name, over the imported posts. */
export type LiquidTagCounter = (posts: readonly ValidPost[]) => ReadonlyMap<string, number>;

/** The counter the content step's own Liquid rendering gives (./jekyll-body.ts), with the slugs validation gave the posts. */
export function liquidTagCounter(contentDir: string): LiquidTagCounter {
  return (posts) => {
    const slugs = new Map(posts.map((post) => [post.file, post.frontMatter.slug]));
    const context = createJekyllBodyContext(contentDir, (file) => slugs.get(file) ?? postSlug(file));
    const counts = new Map<string, number>();
    for (const post of posts) {
      for (const [tag, n] of Object.entries(unrenderedJekyllTags(post.body, context, liquidPage(post.frontMatter)))) {
        counts.set(tag, (counts.get(tag) ?? 0) + n);
      }
    }
    return counts;
  };
}

export type ImportResult = {
  settings: JekyllSettings;
  settingsFile: string;
  copies: CopyResult[];
  leftOut: LeftOut[];
  /** Problems of the imported posts and of `_config.yml`, as `npm run check` reports them. */
  problems: ContentProblem[];
  posts: { published: number; unpublished: number; total: number };
  urlTableFile: string;
  urls: LegacyUrl[];
  liquidTags: ReadonlyMap<string, number>;
};

function toPosix(file: string): string {
  return file.split(path.sep).join('/');
}

/** Every regular file under `dir`, relative to it, sorted; symbolic links are listed apart, never followed. */
function walk(dir: string): { files: string[]; links: string[] } {
  const files: string[] = [];
  const links: string[] = [];
  if (!existsSync(dir)) return { files, links };
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const relative = toPosix(path.relative(dir, path.join(entry.parentPath, entry.name)));
    if (entry.isSymbolicLink()) links.push(relative);
    else if (entry.isFile()) files.push(relative);
  }
  return { files: files.sort(), links: links.sort() };
}

function configProblem(message: string, line = 1, field = '_config.yml'): ContentProblem {
  return { file: '_config.yml', line, field, message, severity: 'warning' };
}

/** The settings of `_config.yml` this project uses, with a warning for each it had to guess. */
export function readJekyllConfig(siteDir: string): { settings: JekyllSettings; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const file = path.join(siteDir, '_config.yml');
  let config: Record<string, unknown> = {};
  if (existsSync(file)) {
    const document = YAML.parseDocument(readFileSync(file, 'utf8'), { uniqueKeys: false });
    if (document.errors.length > 0) {
      problems.push(configProblem(`YAML を読めません（既定の設定で取り込みます）: ${document.errors[0].message.split('\n')[0]}`));
    } else {
      const data = document.toJS() as unknown;
      if (data !== null && typeof data === 'object' && !Array.isArray(data)) config = data as Record<string, unknown>;
    }
  } else {
    problems.push(configProblem('_config.yml がありません（Jekyll の既定の設定で取り込みます）'));
  }
  const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');
  let timeZone = text(config.timezone);
  if (timeZone === '') {
    problems.push(configProblem(`timezone がありません: 日付と旧 URL は ${siteConfig.timeZone} として読みます`, 1, 'timezone'));
    timeZone = siteConfig.timeZone;
  } else if (!isKnownTimeZone(timeZone)) {
    problems.push(configProblem(`timezone「${timeZone}」を解釈できません: ${siteConfig.timeZone} として読みます`, 1, 'timezone'));
    timeZone = siteConfig.timeZone;
  }
  const kramdown = config.kramdown !== null && typeof config.kramdown === 'object' ? (config.kramdown as Record<string, unknown>) : {};
  const settings: JekyllSettings = {
    permalink: permalinkPattern(config.permalink),
    timeZone,
    url: text(config.url).replace(/\/+$/, ''),
    baseurl: text(config.baseurl).replace(/\/+$/, ''),
    excerptSeparator: typeof config.excerpt_separator === 'string' && config.excerpt_separator !== '' ? config.excerpt_separator : DEFAULT_JEKYLL_SETTINGS.excerptSeparator,
    kramdown: { parseBlockHtml: kramdown.parse_block_html === true },
    readDatesAsJekyll: true,
  };
  return { settings, problems };
}

function copyOnce(kind: CopyKind, from: string, to: string): CopyResult {
  const bytes = readFileSync(from);
  if (existsSync(to)) {
    const outcome: CopyOutcome = lstatSync(to).isFile() && readFileSync(to).equals(bytes) ? 'unchanged' : 'kept';
    return { kind, from, to, outcome };
  }
  mkdirSync(path.dirname(to), { recursive: true });
  copyFileSync(from, to);
  return { kind, from, to, outcome: 'copied' };
}

/** A CSV field, quoted when it has to be. */
function csvField(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The post as the URL table reads it (the shape of a generated document). */
function indexedPost(post: ValidPost): IndexedPost {
  const fm = post.frontMatter;
  return {
    slug: fm.slug,
    date: fm.date,
    draft: fm.draft,
    categories: fm.categories,
    permalink: fm.permalink,
    redirectFrom: fm.redirectFrom,
    _raw: { sourceFileName: path.posix.basename(post.file) },
  };
}

export type ImportOptions = ImportPaths & { now?: Date; countLiquidTags?: LiquidTagCounter };

/** Copies the site in, writes jekyll.json and the URL table, and checks every imported post. */
export function importJekyllSite(options: ImportOptions): ImportResult {
  const { siteDir, contentDir, publicDir, projectDir } = options;
  const now = options.now ?? new Date();
  const { settings: fromConfig, problems } = readJekyllConfig(siteDir);
  const copies: CopyResult[] = [];
  const leftOut: LeftOut[] = [];
  const postsRoot = path.join(contentDir, POSTS_SUBDIR);

  const folders: [CopyKind, string, string][] = [
    ['post', '_posts', postsRoot],
    ['draft', '_drafts', path.join(postsRoot, DRAFTS_SUBDIR)],
  ];
  for (const [kind, folder, target] of folders) {
    const { files, links } = walk(path.join(siteDir, folder));
    for (const file of files) {
      if (POST_FILE.test(file)) copies.push(copyOnce(kind, path.join(siteDir, folder, file), path.join(target, file)));
      else leftOut.push({ file: `${folder}/${file}`, reason: '.md / .markdown 以外の記事ファイルは取り込みません' });
    }
    for (const link of links) leftOut.push({ file: `${folder}/${link}`, reason: 'シンボリックリンクはたどりません' });
  }

  for (const folder of IMAGE_FOLDERS) {
    const { files, links } = walk(path.join(siteDir, folder));
    for (const file of files) {
      const from = path.join(siteDir, folder, file);
      if (!IMAGE_FILE.test(file)) continue; // the old theme's CSS and scripts: not content
      if (/\.svg$/i.test(file) && ACTIVE_SVG.test(readFileSync(from, 'utf8'))) {
        leftOut.push({ file: `${folder}/${file}`, reason: 'スクリプトを含みうる SVG は公開フォルダに置きません' });
        continue;
      }
      copies.push(copyOnce('image', from, path.join(publicDir, folder, file)));
    }
    for (const link of links) leftOut.push({ file: `${folder}/${link}`, reason: 'シンボリックリンクはたどりません' });
  }

  const includesFrom = path.join(siteDir, '_includes');
  const includesTo = path.join(contentDir, INCLUDES_SUBDIR);
  const includes = walk(includesFrom);
  for (const file of includes.files) copies.push(copyOnce('include', path.join(includesFrom, file), path.join(includesTo, file)));
  for (const link of includes.links) leftOut.push({ file: `_includes/${link}`, reason: 'シンボリックリンクはたどりません' });

  const settings: JekyllSettings = {
    ...fromConfig,
    ...(includes.files.length > 0 ? { includesDir: toPosix(path.relative(projectDir, includesTo)) || '.' } : {}),
  };
  mkdirSync(postsRoot, { recursive: true });
  writeFileSync(jekyllSettingsPath(contentDir), `${JSON.stringify(settings, null, 2)}\n`);

  for (const copy of copies.filter((c) => c.outcome === 'kept')) {
    problems.push({
      file: toPosix(copy.to),
      line: 1,
      field: 'import',
      message: `内容の違うファイルが既にあるため上書きしませんでした（取り込み元: ${toPosix(copy.from)}）`,
      severity: 'warning',
    });
  }

  // The imported posts, read as the build will read them (the whole content folder, for slugs and names).
  const imported = new Set(copies.filter((c) => c.kind === 'post' || c.kind === 'draft').map((c) => toPosix(c.to)));
  const files = readPostFiles(contentDir);
  const read = readJekyllSettings(contentDir);
  const validated = validatePosts(files, {
    publicEntries: listPublicEntries(publicDir),
    context: { jekyllDates: read.readDatesAsJekyll, timeZone: read.timeZone, now },
  });
  const posts = validated.posts.filter((p) => imported.has(p.file));
  const publicFileExists = (urlPath: string) => {
    const file = path.join(publicDir, urlPath);
    return file.startsWith(path.join(publicDir, path.sep)) && existsSync(file) && lstatSync(file).isFile();
  };
  problems.push(
    ...[...validated.problems, ...checkPosts({ posts, publicFileExists, now })].filter((p) => imported.has(p.file) && p.severity !== 'info'),
  );

  const visibility = { now, includeUnpublished: false };
  const indexed = posts.map(indexedPost);
  const publishedPosts = selectPublishedPosts(indexed, visibility);
  const published = publishedPosts.length;
  const urls = [
    ...legacyUrlList(indexed, visibility, read),
    ...publishedPosts.flatMap((post) =>
      (post.redirectFrom ?? []).flatMap((from) => {
        const oldPath = normalizePath(from);
        return oldPath ? [{ oldPath, newPath: decodeURIComponent(postPath(post.slug)), file: post._raw.sourceFileName }] : [];
      }),
    ),
  ].sort((a, b) => (a.oldPath < b.oldPath ? -1 : a.oldPath > b.oldPath ? 1 : 0));
  const urlTableFile = path.join(contentDir, URL_TABLE_FILE);
  writeFileSync(urlTableFile, ['old_path,new_path,file', ...urls.map((u) => [u.oldPath, u.newPath, u.file].map(csvField).join(','))].join('\n') + '\n');

  return {
    settings,
    settingsFile: toPosix(jekyllSettingsPath(contentDir)),
    copies,
    leftOut,
    problems,
    posts: { published, unpublished: posts.length - published, total: posts.length },
    urlTableFile: toPosix(urlTableFile),
    urls,
    liquidTags: (options.countLiquidTags ?? liquidTagCounter(contentDir))(posts),
  };
}

/** A problem's kind for the report: its field and message with the particulars (quoted names, numbers) taken out. */
export function problemKind(problem: ContentProblem): string {
  const message = problem.message
    .replace(/「[^」]*」/g, '「…」')
    .replace(/[^\s「」（）、]+\.(?:md|markdown)\b/g, '<ファイル>')
    .replace(/\/posts\/[^\s（）、]+/g, '/posts/…')
    .replace(/\d+/g, 'N')
    .replace(/（[^）]*）/g, '');
  return `${problem.field}: ${message}`;
}

/** The report `npm run import:jekyll` prints. */
export function formatImportReport(result: ImportResult): string {
  const lines: string[] = [];
  const count = (kind: CopyKind, outcome?: CopyOutcome) =>
    result.copies.filter((c) => c.kind === kind && (outcome === undefined || c.outcome === outcome)).length;
  const copied = (kind: CopyKind, label: string) =>
    `  ${label}: ${count(kind)} 件（新規 ${count(kind, 'copied')}、同一のため変更なし ${count(kind, 'unchanged')}、既存を残した ${count(kind, 'kept')}）`;
  lines.push('Jekyll サイトを取り込みました', '');
  lines.push(`記事: ${result.posts.total} 件（公開 ${result.posts.published} 件、非公開 ${result.posts.unpublished} 件: 下書き・published: false・未来の日付）`);
  lines.push(copied('post', '_posts'), copied('draft', '_drafts → posts/_drafts（公開されません）'), copied('image', '画像'), copied('include', '_includes'));
  lines.push('', `設定: ${result.settingsFile} に書きました`);
  lines.push(`  permalink ${result.settings.permalink} / timezone ${result.settings.timeZone}` + (result.settings.url ? ` / url ${result.settings.url}${result.settings.baseurl}` : ''));

  const errors = result.problems.filter((p) => p.severity === 'error');
  const warnings = result.problems.filter((p) => p.severity === 'warning');
  const byKind = (problems: ContentProblem[]) => {
    const kinds = new Map<string, number>();
    for (const problem of problems) kinds.set(problemKind(problem), (kinds.get(problemKind(problem)) ?? 0) + 1);
    return [...kinds].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([kind, n]) => `  ${n} 件  ${kind}`);
  };
  lines.push('', `エラー: ${errors.length} 件${errors.length > 0 ? '（直すまでビルドは止まります。一覧は npm run check）' : ''}`, ...byKind(errors));
  lines.push('', `警告: ${warnings.length} 件（種類ごと。一覧は npm run check）`, ...byKind(warnings));

  lines.push('', 'Liquid タグ（描けなかったもの）:');
  if (result.liquidTags.size === 0) lines.push('  なし');
  else for (const [tag, n] of [...result.liquidTags].sort((a, b) => b[1] - a[1])) lines.push(`  ${n} 件  {% ${tag} %}`);

  if (result.leftOut.length > 0) {
    lines.push('', `取り込まなかったファイル: ${result.leftOut.length} 件`);
    for (const { file, reason } of result.leftOut) lines.push(`  ${file}: ${reason}`);
  }
  lines.push('', `旧 URL → 新 URL の対応表: ${result.urlTableFile}（${result.urls.length} 件。どれも /posts/<slug> へ 308 で転送されます）`);
  return lines.join('\n');
}
