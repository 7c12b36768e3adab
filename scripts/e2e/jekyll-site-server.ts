/**
 * The second web server of the e2e run (playwright.config.ts, E2E_JEKYLL_PORT): the
 * mini Jekyll site of test/fixtures/jekyll-site imported and built as a new user
 * would, then served by `next start`. The main e2e build is of this repository's own
 * content/ (other specs count its posts), so the imported site gets a project of its
 * own: a scratch copy in a temporary folder, with this project's node_modules linked.
 * There it runs `npm run import:jekyll` and `npm run build` unchanged (content step,
 * next build, search index), so e2e/jekyll-site.spec.ts checks what that build makes.
 * Before the build it also writes a post dated an hour ago (./fresh-post.ts), which the
 * news sitemap of that build must list (e2e/news-sitemap.spec.ts). After it, a writer's
 * edit to an old post is built again as a deploy would, from `.next/cache` alone
 * (./warm-edit.ts); the server serves that second build, and stops here unless its
 * content step prepared the edited post (and the undated draft, dated anew by every
 * build) and took every other from the cache.
 *
 * The sources are copied, not linked: Next and Contentlayer resolve a project by real
 * paths, and proxy.ts and lib/ import the generated .contentlayer/ files relative to
 * themselves, which through links would be this project's. Turbopack refuses a
 * node_modules link that leaves its root, so the scratch config widens the root to the
 * folder both live under (the one thing it changes). The folder is removed when the
 * server stops (Playwright sends SIGTERM: gracefulShutdown), and any left by a run
 * that was killed outright is removed by the next one.
 *
 * By hand: `E2E_JEKYLL_PORT=3211 node --import tsx scripts/e2e/jekyll-site-server.ts`
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { writeFreshPost } from './fresh-post';
import { editOldPost } from './warm-edit';
import { keepOnlyDeployCache } from '../deploy-cache';

const projectDir = process.cwd();
const siteDir = path.resolve(projectDir, 'test/fixtures/jekyll-site');
const port = Number(process.env.E2E_JEKYLL_PORT ?? 3211);
const SCRATCH_PREFIX = 'jekyll-site-e2e-';
const OWNER_FILE = '.owner-pid';

/** What the scratch project does not need: tests, this project's own posts and build output, anything hidden. */
const LEFT_OUT_AT_ROOT = new Set(['node_modules', 'content', 'e2e', 'test', 'test-results', 'playwright-report', 'blob-report', 'coverage', 'out', 'next-env.d.ts']);
const leftOut = (relative: string) => {
  const [top] = relative.split(path.sep);
  return (
    top.startsWith('.') ||
    LEFT_OUT_AT_ROOT.has(top) ||
    /\.(test\.tsx?|tsbuildinfo)$/.test(relative) ||
    (relative === top && top.endsWith('.md')) ||
    relative === path.join('public', 'pagefind')
  );
};

function log(line: string) {
  process.stderr.write(`${line}\n`);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Scratch folders of earlier runs whose server was killed without a chance to clean up. */
function removeAbandonedScratch() {
  for (const name of readdirSync(tmpdir())) {
    if (!name.startsWith(SCRATCH_PREFIX)) continue;
    const dir = path.join(tmpdir(), name);
    const ownerFile = path.join(dir, OWNER_FILE);
    const owner = existsSync(ownerFile) ? Number(readFileSync(ownerFile, 'utf8')) : NaN;
    const abandoned = Number.isInteger(owner) ? !alive(owner) : Date.now() - statSync(dir).mtimeMs > 60 * 60 * 1000;
    if (abandoned) rmSync(dir, { recursive: true, force: true });
  }
}

/** The deepest folder holding both paths. */
function commonAncestor(a: string, b: string): string {
  const left = a.split(path.sep);
  const right = b.split(path.sep);
  let i = 0;
  while (i < left.length && i < right.length && left[i] === right[i]) i += 1;
  return left.slice(0, i).join(path.sep) || path.sep;
}

function makeScratchProject(): string {
  const scratch = realpathSync(mkdtempSync(path.join(tmpdir(), SCRATCH_PREFIX)));
  writeFileSync(path.join(scratch, OWNER_FILE), String(process.pid));
  for (const entry of readdirSync(projectDir)) {
    if (leftOut(entry)) continue;
    cpSync(path.join(projectDir, entry), path.join(scratch, entry), {
      recursive: true,
      filter: (from) => !leftOut(path.relative(projectDir, from)),
    });
  }
  const modules = realpathSync(path.join(projectDir, 'node_modules'));
  symlinkSync(modules, path.join(scratch, 'node_modules'));
  // The project's own config, unchanged, under another name; the scratch one only widens Turbopack's root.
  cpSync(path.join(scratch, 'next.config.mjs'), path.join(scratch, 'next.config.project.mjs'));
  const root = commonAncestor(scratch, modules);
  writeFileSync(
    path.join(scratch, 'next.config.mjs'),
    [
      "import config from './next.config.project.mjs';",
      `const root = ${JSON.stringify(root)};`,
      'export default { ...config, outputFileTracingRoot: root, turbopack: { ...config.turbopack, root } };',
      '',
    ].join('\n'),
  );
  return scratch;
}

let scratch: string | undefined;
let current: ChildProcess | undefined;
let stopping = false;

function cleanUp() {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
  scratch = undefined;
}
process.on('exit', cleanUp);

function stop(signal: NodeJS.Signals) {
  if (stopping) return;
  stopping = true;
  const child = current;
  if (!child || child.exitCode !== null || child.signalCode !== null) process.exit(1);
  // Playwright signals the whole process group, so the child has it too; this is for a signal sent to this process alone.
  child.kill(signal);
  child.once('exit', () => process.exit(1));
  setTimeout(() => process.exit(1), 5_000).unref();
}
for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP'] as const) process.on(signal, () => stop(signal));

/** Runs one step in the scratch project, its output kept for a failure report; resolves to its time and output. */
function run(label: string, command: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ seconds: number; output: string }> {
  const started = Date.now();
  return new Promise((resolve) => {
    let output = '';
    const child = spawn(command, args, { cwd: scratch, env, stdio: ['ignore', 'pipe', 'pipe'] });
    current = child;
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('exit', (code, signal) => {
      if (stopping) return;
      if (code !== 0) {
        log(output.split('\n').slice(-80).join('\n'));
        log(`${label} が失敗しました（${signal ?? `exit ${code}`}）。`);
        process.exit(1);
      }
      const seconds = (Date.now() - started) / 1000;
      log(`${label}: ${seconds.toFixed(1)} 秒`);
      resolve({ seconds, output });
    });
  });
}

removeAbandonedScratch();
const started = Date.now();
scratch = makeScratchProject();
// Only the scratch project's own folders: whatever this run was started with must not move its content or cache.
const env: NodeJS.ProcessEnv = { ...process.env, PWD: scratch, NEXT_TELEMETRY_DISABLED: '1' };
for (const name of ['CONTENT_DIR', 'PUBLIC_DIR', 'CONTENT_CACHE_DIR', 'INIT_CWD']) delete env[name];
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

await run('Jekyll サイトの取り込み (npm run import:jekyll)', npm, ['run', '--silent', 'import:jekyll', '--', siteDir], env);
// A post of this very hour, for the news sitemap (e2e/news-sitemap.spec.ts).
writeFreshPost(path.join(scratch, 'content'));
const build = await run('取り込んだサイトのビルド (npm run build)', npm, ['run', 'build'], env);
// A writer edits an old post; the deploy keeps only .next/cache (e2e/jekyll-site.spec.ts, "after a warm rebuild").
editOldPost(path.join(scratch, 'content'));
keepOnlyDeployCache(scratch);
const rebuild = await run('古い記事を直したあとの再ビルド (npm run build)', npm, ['run', 'build'], env);
const report = rebuild.output.match(/記事 (\d+) 件を生成しました（[^）]*）/);
// Prepared again: the edited post, and the undated draft in _drafts/, which Jekyll dates by the file's time, so
// every build dates (and prepares) it anew. Every other post, and its Contentlayer document, comes from the cache.
const counts = report?.[0].match(/変換 (\d+) 件、キャッシュから (\d+) 件、Contentlayer (\d+) 件/);
if (!report || !counts || counts[1] !== '2' || counts[3] !== '2' || Number(counts[2]) !== Number(report[1]) - 2) {
  log(`再ビルドの内容ステップが、直した記事と日付のない下書きの 2 件だけを変換していません: ${report?.[0] ?? rebuild.output.slice(-2000)}`);
  process.exit(1);
}
log(
  `取り込んだ Jekyll サイト: 準備とビルドに ${((Date.now() - started) / 1000).toFixed(1)} 秒（ビルド ${build.seconds.toFixed(1)} 秒、再ビルド ${rebuild.seconds.toFixed(1)} 秒: ${report[0]}）。http://127.0.0.1:${port} で配信します。`,
);

const server = spawn(process.execPath, [path.join(scratch, 'node_modules', 'next', 'dist', 'bin', 'next'), 'start', '-p', String(port)], {
  cwd: scratch,
  env,
  stdio: ['ignore', 'inherit', 'inherit'],
});
current = server;
server.on('exit', (code) => process.exit(stopping ? 0 : (code ?? 1)));
