/**
 * `npm run bench:lighthouse [-- --url <origin>] [--port <n>] [--runs <n>]`
 * Lighthouse (mobile: its default form factor and simulated throttling) for home,
 * a post, a tag page and /search against `next start` on 127.0.0.1, each run in a
 * fresh headless Chromium (CHROME_PATH, default /usr/bin/chromium), and for a bare
 * Next.js page built with the same next/react/react-dom: what this machine allows
 * a page that does nothing, in the same run. Each page runs `--runs` times (default
 * 3) and the run with the median performance score is reported. Prints the four
 * category scores with LCP, CLS and TBT, then every weighted audit that cost points.
 * The reported runs go to .bench/lighthouse/<page>.json.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { buildBaselineApp } from './baseline-app';
import { loadAverage, pickPages, serverFromArgs, startNextServer, type BenchPage } from './server';

const require = createRequire(import.meta.url);
const lighthousePackage = require.resolve('lighthouse/package.json');
const lighthouseCli = path.join(path.dirname(lighthousePackage), 'cli', 'index.js');
const lighthouseVersion: string = JSON.parse(readFileSync(lighthousePackage, 'utf8')).version;
const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const reportDir = path.join('.bench', 'lighthouse');

type Audit = { id: string; title: string; score: number | null; numericValue?: number; displayValue?: string; details?: { items?: unknown[] } };
type Report = {
  categories: Record<(typeof categories)[number], { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, Audit>;
  environment: { benchmarkIndex: number };
  runWarnings: string[];
};

function runLighthouse(url: string, outputPath: string): Promise<void> {
  return new Promise((resolve, reject) => {
    // The CLI launches its own Chromium for each run and closes it afterwards.
    const child = spawn(
      process.execPath,
      [
        lighthouseCli,
        url,
        '--output=json',
        `--output-path=${outputPath}`,
        `--only-categories=${categories.join(',')}`,
        '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync',
        '--quiet',
      ],
      { env: { ...process.env, CHROME_PATH: chromePath }, stdio: ['ignore', 'inherit', 'inherit'] },
    );
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`lighthouse ${url} exited with ${code}`))));
  });
}

const { pages, notes } = pickPages();
notes.forEach((note) => console.log(`note: ${note}`));
mkdirSync(reportDir, { recursive: true });
const load = loadAverage();
const { server, port, values } = await serverFromArgs({ runs: { type: 'string', default: '3' } });
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a whole number ≥ 1, got ${values.runs}`);

/** Runs Lighthouse `runs` times on one URL; keeps the report with the median performance score. */
async function medianRun(origin: string, page: BenchPage): Promise<{ name: string; path: string; report: Report }> {
  const measured: { file: string; report: Report }[] = [];
  for (let run = 1; run <= runs; run++) {
    const file = path.join(reportDir, `${page.name}.run-${run}.json`);
    console.log(`lighthouse ${page.path} (${page.name}, run ${run}/${runs}) …`);
    await runLighthouse(`${origin}${page.path}`, file);
    measured.push({ file, report: JSON.parse(readFileSync(file, 'utf8')) });
  }
  measured.sort((a, b) => (a.report.categories.performance.score ?? 0) - (b.report.categories.performance.score ?? 0));
  const median = measured[Math.floor((measured.length - 1) / 2)];
  copyFileSync(median.file, path.join(reportDir, `${page.name}.json`));
  measured.forEach(({ file }) => rmSync(file));
  return { ...page, report: median.report };
}

const reports: { name: string; path: string; report: Report }[] = [];
const baselineDir = buildBaselineApp();
try {
  for (const page of pages) reports.push(await medianRun(server.origin, page));
  const baselineServer = await startNextServer({ dir: baselineDir, port: port === undefined ? undefined : port + 1 });
  try {
    reports.push(await medianRun(baselineServer.origin, { name: 'bare Next.js page (baseline)', path: '/' }));
  } finally {
    await baselineServer.stop();
  }
} finally {
  await server.stop();
  rmSync(baselineDir, { recursive: true, force: true });
}

const score = (report: Report, category: (typeof categories)[number]) => {
  const value = report.categories[category].score;
  return value === null ? '—' : String(Math.round(value * 100));
};
const ms = (report: Report, id: string) => `${Math.round(report.audits[id].numericValue ?? 0)} ms`;
const benchmarkIndexes = reports.map(({ report }) => Math.round(report.environment.benchmarkIndex));
const lines = [
  `Lighthouse ${lighthouseVersion}, mobile (simulated throttling), ${chromePath}; median of ${runs} runs; load average ${load}; CPU benchmark index ${Math.min(...benchmarkIndexes)}–${Math.max(...benchmarkIndexes)}`,
  '',
  '| page | performance | accessibility | best practices | SEO | LCP | CLS | TBT |',
  '| --- | --- | --- | --- | --- | --- | --- | --- |',
  ...reports.map(
    ({ name, path: pagePath, report }) =>
      `| ${name} \`${decodeURI(pagePath)}\` | ${categories.map((category) => score(report, category)).join(' | ')} | ${ms(report, 'largest-contentful-paint')} | ${(report.audits['cumulative-layout-shift'].numericValue ?? 0).toFixed(3)} | ${ms(report, 'total-blocking-time')} |`,
  ),
];
console.log(`\n${lines.join('\n')}`);

// Why a category is below 100: its weighted audits that did not pass.
for (const { name, report } of reports) {
  for (const category of categories) {
    for (const { id, weight } of report.categories[category].auditRefs) {
      const audit = report.audits[id];
      if (weight > 0 && audit.score !== null && audit.score < 1) {
        console.log(`${name} · ${category} · ${id} (score ${audit.score}${audit.displayValue ? `, ${audit.displayValue}` : ''}): ${audit.title}`);
      }
    }
  }
  report.runWarnings.forEach((warning) => console.log(`${name} · warning: ${warning}`));
}
