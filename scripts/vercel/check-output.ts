/**
 * Checks of what `vercel build` (Vercel CLI 58.10.0, @vercel/next 4.21) writes to
 * `.vercel/output` (the Build Output API v3), for `npm run build:vercel`. Every check
 * returns problem lines instead of throwing, so one run lists them all.
 *
 * The layout these checks rely on, as 58.10.0 writes it for this site:
 * - `functions/<route>.func/`: one directory per function. Routes that share a
 *   function are symlinks to one real directory (`archive.func -> authors/[author].func`).
 * - A function directory holds only its launcher, a few manifests and `.vc-config.json`;
 *   everything else it carries (Next's server chunks, node_modules, the traced posts
 *   file, fonts) is listed in `.vc-config.json` `filePathMap`: path inside the
 *   function → path relative to the project root, which the deploy uploads from there.
 *   So the size of a function is its directory plus its filePathMap, as Vercel's own
 *   250 MB check counts it (in MiB).
 * - The proxy (`proxy.ts`, Next's middleware) is the Node function `_middleware.func`;
 *   `config.json` routes name it with `middlewarePath: "/_middleware"`.
 * - `next.config.mjs` `headers()` and `redirects()` become `config.json` routes before
 *   `{ "handle": "filesystem" }`; the search index is copied from public/ to `static/`.
 */
import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseSearchShards, SEARCH_SHARDS_FILE } from '../../lib/search/shards';

export const MIB = 1024 * 1024;

/** A route of `.vercel/output/config.json`, the fields read here. */
export type OutputRoute = {
  src?: string;
  dest?: string;
  status?: number;
  headers?: Record<string, string>;
  handle?: string;
  middlewarePath?: string;
  continue?: boolean;
  has?: unknown[];
  missing?: unknown[];
};

export type OutputConfig = { version?: number; routes?: OutputRoute[] };

export function readOutputConfig(outputDir: string): { config?: OutputConfig; problems: string[] } {
  const file = path.join(outputDir, 'config.json');
  if (!existsSync(file)) return { problems: [`${file}: ありません（vercel build が出力を書き出していません）`] };
  try {
    return { config: JSON.parse(readFileSync(file, 'utf8')) as OutputConfig, problems: [] };
  } catch (error) {
    return { problems: [`${file}: JSON として読めません: ${(error as Error).message}`] };
  }
}

/** Vercel's sources are PCRE; the ones Next writes are also valid JavaScript. One that is not never matches here, so a check fails rather than passes. */
function routeMatches(route: OutputRoute, pathname: string): boolean {
  if (route.src === undefined) return false;
  try {
    return new RegExp(route.src).test(pathname);
  } catch {
    return false;
  }
}

/** The routes Vercel runs before it looks at files: where headers, redirects and the proxy are. */
function routesBeforeFilesystem(config: OutputConfig): OutputRoute[] {
  const routes = config.routes ?? [];
  const end = routes.findIndex((route) => route.handle !== undefined);
  return end === -1 ? routes : routes.slice(0, end);
}

// ---------------------------------------------------------------------------
// The proxy (middleware)

export const MIDDLEWARE_PATH = '/_middleware';

/** The proxy function exists and config.json sends requests to it. */
export function middlewareProblems(config: OutputConfig, outputDir: string): string[] {
  const problems: string[] = [];
  const funcDir = path.join(outputDir, 'functions', `${MIDDLEWARE_PATH.slice(1)}.func`);
  if (!existsSync(path.join(funcDir, '.vc-config.json'))) {
    problems.push(`${funcDir}: proxy（middleware）の関数がありません`);
  }
  const routes = (config.routes ?? []).filter((route) => route.middlewarePath !== undefined);
  if (routes.length === 0) {
    problems.push('config.json: proxy（middleware）を呼ぶルート（middlewarePath）がありません');
  }
  for (const route of routes) {
    if (route.middlewarePath !== MIDDLEWARE_PATH) {
      problems.push(`config.json: ルート ${route.src} の middlewarePath「${route.middlewarePath}」に対応する関数がありません`);
    }
  }
  return problems;
}

// ---------------------------------------------------------------------------
// Security headers

/** Paths of each kind of response (a page, a post, a static file): every one must get every header. */
export const HEADER_SAMPLE_PATHS = ['/', '/posts/example', '/tags/ai', '/pagefind/pagefind.js'];

/** The header names config.json routes give `pathname` unconditionally (routes with `has`/`missing` apply to some requests only). */
export function headersFor(config: OutputConfig, pathname: string): Set<string> {
  const names = new Set<string>();
  for (const route of routesBeforeFilesystem(config)) {
    if (!route.headers || route.status !== undefined || route.has || route.missing) continue;
    if (!routeMatches(route, pathname)) continue;
    for (const name of Object.keys(route.headers)) names.add(name.toLowerCase());
  }
  return names;
}

export function headerProblems(config: OutputConfig, expectedNames: readonly string[], samplePaths = HEADER_SAMPLE_PATHS): string[] {
  if (expectedNames.length === 0) return ['next.config.mjs: securityHeaders が空です'];
  const problems: string[] = [];
  for (const pathname of samplePaths) {
    const present = headersFor(config, pathname);
    for (const name of expectedNames) {
      if (!present.has(name.toLowerCase())) problems.push(`config.json: ${pathname} にセキュリティヘッダー ${name} が付きません`);
    }
  }
  return problems;
}

// ---------------------------------------------------------------------------
// Search index

/** One Pagefind bundle (the main index or a shard): its entry, its language metadata, an index and a fragment file. Returns its page count. */
function pagefindBundleProblems(dir: string, problems: string[]): number {
  if (!existsSync(dir)) {
    problems.push(`${dir}: 検索インデックスが静的出力にありません`);
    return 0;
  }
  for (const file of ['pagefind.js', 'pagefind-entry.json']) {
    if (!existsSync(path.join(dir, file))) problems.push(`${path.join(dir, file)}: ありません`);
  }
  let pages = 0;
  const entryFile = path.join(dir, 'pagefind-entry.json');
  if (existsSync(entryFile)) {
    try {
      const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as { languages?: Record<string, { hash?: string; page_count?: number }> };
      const languages = Object.entries(entry.languages ?? {});
      if (languages.length === 0) problems.push(`${entryFile}: 言語が一つもありません`);
      for (const [language, { hash, page_count }] of languages) {
        pages += page_count ?? 0;
        if (!hash || !existsSync(path.join(dir, `pagefind.${hash}.pf_meta`))) {
          problems.push(`${dir}: 言語 ${language} のメタデータ（pagefind.${hash ?? '?'}.pf_meta）がありません`);
        }
      }
    } catch (error) {
      problems.push(`${entryFile}: JSON として読めません: ${(error as Error).message}`);
    }
  }
  for (const [sub, extension] of [
    ['index', '.pf_index'],
    ['fragment', '.pf_fragment'],
  ]) {
    const subDir = path.join(dir, sub);
    const found = existsSync(subDir) && readdirSync(subDir).some((name) => name.endsWith(extension));
    if (!found) problems.push(`${subDir}: ${extension} のファイルがありません`);
  }
  return pages;
}

/**
 * The search index in `static/pagefind/`: the main bundle and every shard its shards file
 * lists (lib/search/shards.ts), each complete; `expectedPages`, when known, is what they hold together.
 */
export function searchIndexProblems(staticDir: string, expectedPages?: number): string[] {
  const dir = path.join(staticDir, 'pagefind');
  if (!existsSync(dir)) return [`${dir}: 検索インデックスが静的出力にありません`];
  const problems: string[] = [];
  let pages = pagefindBundleProblems(dir, problems);
  const shardsFile = path.join(dir, SEARCH_SHARDS_FILE);
  if (existsSync(shardsFile)) {
    try {
      for (const shard of parseSearchShards(JSON.parse(readFileSync(shardsFile, 'utf8')))) pages += pagefindBundleProblems(path.join(dir, shard), problems);
    } catch (error) {
      problems.push(`${shardsFile}: ${(error as Error).message}`);
    }
  }
  if (expectedPages !== undefined && pages !== expectedPages) {
    problems.push(`${dir}: 索引された記事は ${pages} 件ですが、公開記事は ${expectedPages} 件です`);
  }
  return problems;
}

// ---------------------------------------------------------------------------
// Old URLs

export type ExpectedRedirect = { source: string; destination: string };

/**
 * A path that a next.config.mjs redirect source (lib/urls/legacy-urls.ts literalSource,
 * then `{.html}?` or `{/index.html}?`) must match: the optional suffix left off and
 * path-to-regexp's escapes removed, percent-encoding kept as a browser sends it.
 */
export function samplePathOfSource(source: string): string {
  return source.replace(/\{[^}]*\}\?$/, '').replace(/\\(.)/g, '$1');
}

/** Each front-matter redirect (`redirect_from:`) is a 308 to its post among config.json's routes. */
export function redirectProblems(config: OutputConfig, expected: readonly ExpectedRedirect[]): string[] {
  const routes = routesBeforeFilesystem(config).filter((route) => route.status === 308 && route.headers?.Location !== undefined);
  const problems: string[] = [];
  for (const { source, destination } of expected) {
    const pathname = samplePathOfSource(source);
    const route = routes.find((candidate) => routeMatches(candidate, pathname));
    if (!route) problems.push(`config.json: 旧 URL ${pathname} の 308 リダイレクト（→ ${destination}）がありません`);
    else if (route.headers?.Location !== destination) {
      problems.push(`config.json: 旧 URL ${pathname} のリダイレクト先が ${route.headers?.Location} です（${destination} のはず）`);
    }
  }
  return problems;
}

/** How a bundler may have written a table entry: as JSON, or with everything outside ASCII escaped. */
function entrySpellings(key: string, value: string): string[] {
  const json = `${JSON.stringify(key)}:${JSON.stringify(value)}`;
  const ascii = json.replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return [json, ascii, ascii.replace(/\\u([0-9a-f]{4})/g, (_, hex: string) => `\\u${hex.toUpperCase()}`)];
}

/**
 * The proxy's table of old Jekyll URLs (GENERATED_FILES.legacyUrls) reached the
 * output: every entry is in the proxy function's code, and config.json sends each
 * old path to the proxy. Either lost, old URLs would answer 404.
 */
export function legacyTableProblems(
  config: OutputConfig,
  table: Readonly<Record<string, string>>,
  middlewareCode: string,
  maxCodeLookups = 1000,
): string[] {
  const middlewareRoutes = (config.routes ?? []).filter((route) => route.middlewarePath === MIDDLEWARE_PATH);
  const problems: string[] = [];
  const entries = Object.entries(table);
  // Each lookup scans the proxy's code (about 1 MB): at 10,000 posts (20,000 entries) all of
  // them would take minutes. The table is bundled whole or not at all, so an even sample
  // that includes the first entries (the newest posts, the likeliest to be stale) shows it.
  const step = Math.max(1, Math.ceil(entries.length / maxCodeLookups));
  for (const [index, [key, destination]] of entries.entries()) {
    const looked = index % step === 0 || index < 100;
    if (looked && !entrySpellings(key, destination).some((spelling) => middlewareCode.includes(spelling))) {
      problems.push(`proxy: 旧 URL の表の ${key} → ${destination} が proxy 関数のコードにありません`);
    }
    // Keys are decoded; a browser sends the path percent-encoded.
    const requested = encodeURI(key);
    if (!middlewareRoutes.some((route) => routeMatches(route, requested))) {
      problems.push(`config.json: 旧 URL ${key} が proxy を通りません（どの middleware ルートにも一致しません）`);
    }
  }
  return problems;
}

// ---------------------------------------------------------------------------
// Function sizes

export type FunctionFile = { path: string; bytes: number };

export type MeasuredFunction = {
  /** The real directory under functions/, e.g. `authors/[author].func`. */
  dir: string;
  /** Every route name that is this directory or a symlink to it, e.g. `archive`, `authors/[author]`. */
  routes: string[];
  files: FunctionFile[];
  bytes: number;
  /** filePathMap entries whose source file is not in the project: the deploy would fail or ship less. */
  missing: string[];
};

/** Files under `dir`, following symlinks as an upload does; a symlinked directory seen twice is read once (no cycles). */
function walkFiles(dir: string, prefix: string, seen: Set<string>, out: Map<string, number>): void {
  const real = realpathSync(dir);
  if (seen.has(real)) return;
  seen.add(real);
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    const relative = prefix ? `${prefix}/${name}` : name;
    let stats;
    try {
      stats = statSync(full);
    } catch {
      continue; // A dangling symlink uploads nothing.
    }
    if (stats.isDirectory()) walkFiles(full, relative, seen, out);
    else out.set(relative, stats.size);
  }
}

type VcConfig = { filePathMap?: Record<string, string> };

/** One function's files: its directory and its `.vc-config.json` filePathMap (sources relative to `projectDir`), each path inside the function counted once. */
export function measureFunctionDir(funcDir: string, projectDir: string): { files: FunctionFile[]; missing: string[] } {
  const sizes = new Map<string, number>();
  walkFiles(funcDir, '', new Set(), sizes);
  const missing: string[] = [];
  const configFile = path.join(funcDir, '.vc-config.json');
  const vcConfig = existsSync(configFile) ? (JSON.parse(readFileSync(configFile, 'utf8')) as VcConfig) : {};
  for (const [inside, source] of Object.entries(vcConfig.filePathMap ?? {})) {
    try {
      sizes.set(inside, statSync(path.resolve(projectDir, source)).size);
    } catch {
      missing.push(source);
    }
  }
  const files = [...sizes].map(([file, bytes]) => ({ path: file, bytes })).sort((a, b) => b.bytes - a.bytes || a.path.localeCompare(b.path));
  return { files, missing };
}

/** Every `*.func` under functions/ (a directory or a symlink to one), by real directory. */
export function listFunctions(outputDir: string): Map<string, string[]> {
  const functionsDir = path.join(outputDir, 'functions');
  const byDir = new Map<string, string[]>();
  const realFunctionsDir = existsSync(functionsDir) ? realpathSync(functionsDir) : functionsDir;
  const visit = (dir: string, prefix: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
      const full = path.join(dir, entry.name);
      if (entry.name.endsWith('.func')) {
        const real = path.relative(realFunctionsDir, realpathSync(full)).split(path.sep).join('/');
        byDir.set(real, [...(byDir.get(real) ?? []), relative.slice(0, -'.func'.length)]);
      } else if (entry.isDirectory()) {
        visit(full, relative);
      }
    }
  };
  if (existsSync(functionsDir)) visit(functionsDir, '');
  return byDir;
}

export function measureFunctions(outputDir: string, projectDir: string): MeasuredFunction[] {
  const functionsDir = path.join(outputDir, 'functions');
  return [...listFunctions(outputDir)]
    .map(([dir, routes]) => {
      const { files, missing } = measureFunctionDir(path.join(functionsDir, dir), projectDir);
      return { dir, routes: routes.sort(), files, missing, bytes: files.reduce((sum, file) => sum + file.bytes, 0) };
    })
    .sort((a, b) => b.bytes - a.bytes || a.dir.localeCompare(b.dir));
}

/**
 * The largest a function may be (MiB, as Vercel counts its limits): issue 17's budget, 50 MB
 * at 1,000 published posts or fewer plus 3 MB for each 1,000 more, so that the 250 MB limit is
 * still far off at 10,000. `VERCEL_FUNCTION_BUDGET_MB` sets a fixed budget instead.
 */
export function functionBudgetBytes(value: string | undefined, publishedPosts = 0): number {
  if (value === undefined || value.trim() === '') return (50 + (3 * Math.max(0, publishedPosts - 1000)) / 1000) * MIB;
  const mb = Number(value.trim());
  if (!Number.isFinite(mb) || mb <= 0) throw new Error(`VERCEL_FUNCTION_BUDGET_MB="${value}" は正の数（MB）にしてください`);
  return mb * MIB;
}

export function formatMb(bytes: number): string {
  return (bytes / MIB).toFixed(1);
}

export function functionProblems(functions: readonly MeasuredFunction[], budgetBytes: number): string[] {
  const problems: string[] = [];
  if (functions.length === 0) problems.push('functions/: 関数が一つもありません');
  for (const fn of functions) {
    if (fn.bytes > budgetBytes) {
      problems.push(
        `functions/${fn.dir}: ${formatMb(fn.bytes)} MB で予算 ${formatMb(budgetBytes)} MB を超えています（${describeRoutes(fn.routes)}）`,
      );
    }
    for (const source of fn.missing) problems.push(`functions/${fn.dir}: filePathMap の ${source} がプロジェクトにありません`);
  }
  return problems;
}

function describeRoutes(routes: readonly string[], shown = 3): string {
  const head = routes.slice(0, shown).join(', ');
  return routes.length > shown ? `${head} ほか ${routes.length - shown} ルート` : head;
}

/**
 * Where a file's bytes come from, at the level one would act on: its package
 * (`node_modules/@expo-google-fonts/noto-sans-kr`, the innermost for nested
 * node_modules), or its folder outside node_modules (`.next/server/chunks/ssr`).
 */
export function partOf(file: string): string {
  const segments = file.split('/');
  const lastModules = segments.lastIndexOf('node_modules');
  if (lastModules !== -1 && lastModules < segments.length - 2) {
    const nameLength = segments[lastModules + 1].startsWith('@') ? 2 : 1;
    return segments.slice(0, Math.min(segments.length - 1, lastModules + 1 + nameLength)).join('/');
  }
  return segments.length > 1 ? segments.slice(0, -1).join('/') : file;
}

/** The largest parts (see partOf) and the largest single files. */
export function largestParts(files: readonly FunctionFile[], count = 5): { parts: FunctionFile[]; files: FunctionFile[] } {
  const totals = new Map<string, number>();
  for (const file of files) totals.set(partOf(file.path), (totals.get(partOf(file.path)) ?? 0) + file.bytes);
  const bySize = (a: FunctionFile, b: FunctionFile) => b.bytes - a.bytes || a.path.localeCompare(b.path);
  return {
    parts: [...totals].map(([part, bytes]) => ({ path: part, bytes })).sort(bySize).slice(0, count),
    files: [...files].sort(bySize).slice(0, count),
  };
}

/** The size table: one line per function directory (its routes grouped), then what fills the largest. */
export function formatFunctionTable(functions: readonly MeasuredFunction[], budgetBytes: number): string {
  const lines = [`関数（予算 ${formatMb(budgetBytes)} MB、MB = MiB、ファイルはシンボリックリンクと filePathMap を含む）`];
  const rows = functions.map((fn) => [
    fn.bytes > budgetBytes ? '超過' : 'OK',
    formatMb(fn.bytes),
    String(fn.files.length),
    `${fn.dir} (${fn.routes.length} ルート: ${describeRoutes(fn.routes)})`,
  ]);
  const header = ['', 'MB', 'files', 'function'];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
  for (const row of [header, ...rows]) {
    lines.push(row.map((cell, column) => (column === row.length - 1 ? cell : cell.padStart(widths[column]))).join('  '));
  }
  const largest = functions[0];
  if (largest) {
    const { parts, files } = largestParts(largest.files);
    lines.push(`最大の関数 ${largest.dir}（${formatMb(largest.bytes)} MB）の大きな部分:`);
    for (const part of parts) lines.push(`  ${formatMb(part.bytes).padStart(7)} MB  ${part.path}/`);
    lines.push('大きなファイル:');
    for (const file of files) lines.push(`  ${formatMb(file.bytes).padStart(7)} MB  ${file.path}`);
  }
  return lines.join('\n');
}

/** The code of one function (its directory and filePathMap), for looking up what was bundled into it. */
export function functionCode(funcDir: string, projectDir: string): string {
  const { files } = measureFunctionDir(funcDir, projectDir);
  const configFile = path.join(funcDir, '.vc-config.json');
  const map = existsSync(configFile) ? ((JSON.parse(readFileSync(configFile, 'utf8')) as VcConfig).filePathMap ?? {}) : {};
  return files
    .filter((file) => /\.(c|m)?js$|\.json$/.test(file.path) && file.path !== '.vc-config.json')
    .map((file) => {
      const source = map[file.path] !== undefined ? path.resolve(projectDir, map[file.path]) : path.join(funcDir, file.path);
      try {
        return readFileSync(source, 'utf8');
      } catch {
        return '';
      }
    })
    .join('\n');
}
