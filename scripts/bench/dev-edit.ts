/**
 * `npm run bench:dev-edit -- <posts folder> [--edits 3]`: how long a writer waits, under
 * `npm run dev`, between saving a post and seeing the change in the page open in the browser.
 *
 * Copies the posts (e.g. a corpus from `npm run bench:corpus`) to a scratch content folder,
 * starts `npm run dev` on it (CONTENT_DIR), opens a post from the middle of the archive in
 * Chromium, then, several times, writes a new sentence into that post's file and times until
 * the open page shows it (no reload by the benchmark: what hot reloading gives the writer).
 * The dev server's output goes to stderr with the time since it started, beside each save.
 * Like `npm run dev`, it rewrites `.contentlayer/` with the corpus: run `npm run build` afterwards.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { parsePostFile } from '../../lib/content/front-matter';
import { postPath } from '../../lib/urls/routes';
import { freePort } from './server';

const { positionals, values } = parseArgs({ allowPositionals: true, options: { edits: { type: 'string', default: '3' } } });
const source = positionals[0];
if (!source) throw new Error('usage: npm run bench:dev-edit -- <posts folder> [--edits 3]');

const contentDir = mkdtempSync(path.join(tmpdir(), 'dev-edit-'));
cpSync(source, path.join(contentDir, 'posts'), { recursive: true });
const files = readdirSync(path.join(contentDir, 'posts')).filter((file) => file.endsWith('.md')).sort();
const file = path.join(contentDir, 'posts', files[Math.floor(files.length / 2)]);
const slug = parsePostFile(path.basename(file), readFileSync(file, 'utf8')).frontMatter?.slug;
if (!slug) throw new Error(`${file}: no slug`);

const port = await freePort();
const started = performance.now();
const dev = spawn(process.execPath, ['scripts/dev.mjs', '--port', String(port), '--hostname', '127.0.0.1'], {
  env: { ...process.env, CONTENT_DIR: contentDir, CONTENT_CACHE_DIR: path.join(contentDir, '.cache'), NEXT_TELEMETRY_DISABLED: '1' },
  stdio: ['ignore', 'pipe', 'inherit'],
  detached: true,
});
// The server's output, timed from its start, beside the saves: a slow save shows what it waited for.
const log = (line: string) => console.error(`[${((performance.now() - started) / 1000).toFixed(1)} s] ${line}`);
dev.stdout!.setEncoding('utf8');
dev.stdout!.on('data', (chunk: string) => chunk.split('\n').filter((line) => line.trim()).forEach(log));
const stopDev = () => {
  try {
    process.kill(-dev.pid!, 'SIGKILL');
  } catch {
    // Already gone.
  }
};
process.on('exit', stopDev);

const url = `http://127.0.0.1:${port}${postPath(slug)}`;
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  const page = await browser.newPage();
  for (;;) {
    if (dev.exitCode !== null) throw new Error(`npm run dev exited (${dev.exitCode})`);
    const response = await page.goto(url, { timeout: 600_000 }).catch(() => null);
    if (response?.status() === 200) break;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  const ready = performance.now();
  const waits: number[] = [];
  for (let edit = 1; edit <= Number(values.edits); edit++) {
    const marker = `編集の確認${edit}回目${Date.now()}`;
    writeFileSync(file, `${readFileSync(file, 'utf8').trimEnd()}\n\n${marker}。\n`);
    const saved = performance.now();
    log(`(benchmark) saved edit ${edit}`);
    await page.waitForFunction((text) => document.body.innerText.includes(text), marker, { timeout: 120_000, polling: 50 });
    waits.push(performance.now() - saved);
    await new Promise((resolve) => setTimeout(resolve, 2000));
  }
  const sorted = [...waits].sort((a, b) => a - b);
  console.log(`posts: ${files.length}; 2-core load ${loadavg()[0].toFixed(1)}; dev server ready with the page open after ${((ready - started) / 1000).toFixed(1)} s`);
  console.log(`saved edit → shown in the open page: median ${(sorted[Math.floor(sorted.length / 2)] / 1000).toFixed(2)} s [${waits.map((ms) => (ms / 1000).toFixed(2)).join(', ')} s]`);
} finally {
  await browser.close();
  stopDev();
  rmSync(contentDir, { recursive: true, force: true });
  console.log('.contentlayer/ now holds the corpus: run `npm run build` before other tests or benchmarks.');
}
