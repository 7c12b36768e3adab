/**
 * `npm run bench:js [-- --url <origin>] [--port <n>]`
 * JavaScript a browser downloads on a first visit (empty cache) to home, a post,
 * a tag page and /search, from the existing production build (`npm run build`),
 * next to a bare Next.js page built with the same next/react/react-dom (this
 * repository's node_modules) as the baseline.
 *
 * Counted: every response Chromium classes as a script from the site's own
 * origin, until the network is idle (so chunks loaded after hydration count too).
 * "raw" is the decoded body; "gzip" is each body compressed by this script with
 * zlib level 9 (not the bytes on the wire, which depend on the server's settings).
 * Inline scripts (Next's RSC payload) are part of the HTML and are not counted.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from '@playwright/test';
import { buildBaselineApp } from './baseline-app';
import { kb, loadAverage, pickPages, serverFromArgs, startNextServer } from './server';

const require = createRequire(import.meta.url);
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

type ScriptSizes = { url: string; raw: number; gzip: number };
type Measured = { name: string; path: string; scripts: ScriptSizes[] };

async function measureScripts(browser: Browser, origin: string, pagePath: string): Promise<ScriptSizes[]> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const pending = new Map<string, Promise<ScriptSizes>>();
  page.on('response', (response) => {
    const url = response.url();
    if (response.request().resourceType() !== 'script' || new URL(url).origin !== origin || pending.has(url)) return;
    pending.set(
      url,
      response.body().then((body) => ({ url: url.slice(origin.length), raw: body.length, gzip: gzipSync(body, { level: 9 }).length })),
    );
  });
  const response = await page.goto(`${origin}${pagePath}`, { waitUntil: 'networkidle' });
  if (!response?.ok()) throw new Error(`${pagePath}: HTTP ${response?.status()}`);
  const scripts = await Promise.all(pending.values());
  await context.close();
  return scripts;
}

const versions = ['next', 'react', 'react-dom'].map((name) => `${name} ${require(`${name}/package.json`).version}`).join(', ');
const { pages, notes } = pickPages();
notes.forEach((note) => console.log(`note: ${note}`));

const load = loadAverage();
console.log(`building the baseline app (${versions}) …`);
const baselineDir = buildBaselineApp();
const { server, port } = await serverFromArgs();
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
const results: Measured[] = [];
try {
  for (const page of pages) results.push({ ...page, scripts: await measureScripts(browser, server.origin, page.path) });
  const baselineServer = await startNextServer({ dir: baselineDir, port: port === undefined ? undefined : port + 1 });
  try {
    results.push({ name: 'bare Next.js page (baseline)', path: '/', scripts: await measureScripts(browser, baselineServer.origin, '/') });
  } finally {
    await baselineServer.stop();
  }
} finally {
  await browser.close();
  await server.stop();
  rmSync(baselineDir, { recursive: true, force: true });
}

const sum = (scripts: ScriptSizes[], key: 'raw' | 'gzip') => scripts.reduce((total, script) => total + script[key], 0);
const baselineGzip = sum(results.at(-1)!.scripts, 'gzip');
const lines = [
  `${versions}; Chromium, empty cache; load average ${load}`,
  '',
  '| route | scripts | raw KB | gzip KB (zlib level 9) | Δ gzip vs baseline |',
  '| --- | --- | --- | --- | --- |',
  ...results.map((result) => {
    const gzip = sum(result.scripts, 'gzip');
    const delta = result === results.at(-1) ? '—' : `${gzip >= baselineGzip ? '+' : ''}${kb(gzip - baselineGzip)} KB`;
    return `| ${result.name} \`${decodeURI(result.path)}\` | ${result.scripts.length} | ${kb(sum(result.scripts, 'raw'))} | ${kb(gzip)} | ${delta} |`;
  }),
];
console.log(`\n${lines.join('\n')}`);
mkdirSync('.bench', { recursive: true });
writeFileSync(path.join('.bench', 'js-size.json'), JSON.stringify(results, null, 2));
