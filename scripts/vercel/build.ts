/**
 * `npm run build:vercel [-- --check-only]`: Vercel's own builder (the `vercel` CLI
 * pinned in package.json), run offline against a local project file, then a check
 * of what it wrote to `.vercel/output` (scripts/vercel/check-output.ts). Exits
 * non-zero on any problem, printing each on a line of its own. `--check-only`
 * checks the existing output without building.
 *
 * `vercel build` needs no login: it reads the project's settings from
 * `.vercel/project.json` (what `vercel pull` would write), which is written here
 * when missing. `.vercel/` stays out of git (.gitignore).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { GENERATED_FILES } from '../../lib/config';
import { legacyRedirects, type IndexedPost, type LegacyUrlTable } from '../../lib/urls/legacy-urls';
import type { OnDemandPathTable } from '../../lib/urls/on-demand-paths';
import {
  formatFunctionTable,
  functionBudgetBytes,
  functionCode,
  functionProblems,
  headerProblems,
  legacyTableProblems,
  measureFunctions,
  middlewareProblems,
  MIDDLEWARE_PATH,
  readOutputConfig,
  redirectProblems,
  searchIndexProblems,
} from './check-output';
import { ensureLocalProject } from './project';

const projectDir = process.cwd();
const outputDir = path.join(projectDir, '.vercel', 'output');
const checkOnly = process.argv.includes('--check-only');
const started = Date.now();

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}

function runVercelBuild(): void {
  const written = ensureLocalProject(projectDir);
  if (written) console.log(`${path.relative(projectDir, written)} を書き出しました（vercel build のローカル設定）`);
  // The CLI from node_modules, the version package-lock.json pins; never a global one.
  const cli = path.join(projectDir, 'node_modules', 'vercel', 'dist', 'vc.js');
  if (!existsSync(cli)) {
    console.error(`${path.relative(projectDir, cli)} がありません。npm ci を実行してください。`);
    process.exit(1);
  }
  const result = spawnSync(process.execPath, [cli, 'build', '--yes'], {
    stdio: 'inherit',
    env: {
      ...process.env,
      // Offline and quiet: no telemetry from Next or the CLI, no update check.
      NEXT_TELEMETRY_DISABLED: '1',
      VERCEL_TELEMETRY_DISABLED: '1',
      NO_UPDATE_NOTIFIER: '1',
    },
  });
  if (result.status !== 0) {
    console.error(`vercel build が失敗しました（終了コード ${result.status ?? result.signal}）。`);
    process.exit(1);
  }
}

/** The header names next.config.mjs sends with every response, read from the config itself. */
async function expectedHeaderNames(): Promise<string[]> {
  // A computed specifier: the config is plain JavaScript with no type declarations.
  const configUrl = new URL('../../next.config.mjs', import.meta.url).href;
  const { securityHeaders } = (await import(configUrl)) as { securityHeaders?: { key: string }[] };
  return (securityHeaders ?? []).map((header) => header.key);
}

async function checkOutput(): Promise<string[]> {
  const { config, problems } = readOutputConfig(outputDir);
  if (!config) return problems;

  problems.push(...middlewareProblems(config, outputDir));
  problems.push(...headerProblems(config, await expectedHeaderNames()));

  // What the content step judged published, as the search step and the proxy did.
  const onDemand = readJson<OnDemandPathTable>(path.join(projectDir, GENERATED_FILES.onDemandPaths));
  problems.push(...searchIndexProblems(path.join(outputDir, 'static'), onDemand.posts.length));

  // next.config.mjs's redirects, computed again from the posts as next.config.mjs computes them.
  const posts = readJson<IndexedPost[]>(path.join(projectDir, GENERATED_FILES.posts));
  const expected = legacyRedirects(posts, { now: new Date(onDemand.builtAt), includeUnpublished: false });
  problems.push(...redirectProblems(config, expected));

  const table = readJson<LegacyUrlTable>(path.join(projectDir, GENERATED_FILES.legacyUrls));
  const middlewareDir = path.join(outputDir, 'functions', `${MIDDLEWARE_PATH.slice(1)}.func`);
  const middlewareCode = existsSync(middlewareDir) ? functionCode(middlewareDir, projectDir) : '';
  problems.push(...legacyTableProblems(config, table, middlewareCode));

  const budget = functionBudgetBytes(process.env.VERCEL_FUNCTION_BUDGET_MB, onDemand.posts.length);
  const functions = measureFunctions(outputDir, projectDir);
  console.log(formatFunctionTable(functions, budget));
  console.log(
    `確認: 旧 URL の表 ${Object.keys(table).length} 件、front matter のリダイレクト ${expected.length} 件、公開記事 ${onDemand.posts.length} 件`,
  );
  problems.push(...functionProblems(functions, budget));
  return problems;
}

if (!checkOnly) runVercelBuild();
const problems = await checkOutput();
const seconds = ((Date.now() - started) / 1000).toFixed(1);
if (problems.length > 0) {
  for (const problem of problems) console.error(problem);
  console.error(`.vercel/output に ${problems.length} 件の問題があります（${seconds} 秒）。`);
  process.exit(1);
}
console.log(`.vercel/output を確認しました: 問題はありません（${seconds} 秒）。`);
