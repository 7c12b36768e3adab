/**
 * `npm run bench:lighthouse [-- --url <origin>] [--port <n>]`
 * Lighthouse (mobile: its default form factor and simulated throttling) for home,
 * a post, a tag page and /search against `next start` on 127.0.0.1, each URL in a
 * fresh headless Chromium (CHROME_PATH, default /usr/bin/chromium). Prints the
 * four category scores with LCP, CLS and TBT, then every weighted audit that
 * cost points. Full reports go to .bench/lighthouse/<page>.json.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { loadAverage, pickPages, serverFromArgs } from './server';

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
const { server } = await serverFromArgs();
const reports: { name: string; path: string; report: Report }[] = [];
try {
  for (const page of pages) {
    const outputPath = path.join(reportDir, `${page.name}.json`);
    console.log(`lighthouse ${page.path} …`);
    await runLighthouse(`${server.origin}${page.path}`, outputPath);
    reports.push({ ...page, report: JSON.parse(readFileSync(outputPath, 'utf8')) });
  }
} finally {
  await server.stop();
}

const score = (report: Report, category: (typeof categories)[number]) => {
  const value = report.categories[category].score;
  return value === null ? '—' : String(Math.round(value * 100));
};
const ms = (report: Report, id: string) => `${Math.round(report.audits[id].numericValue ?? 0)} ms`;
const benchmarkIndexes = reports.map(({ report }) => Math.round(report.environment.benchmarkIndex));
const lines = [
  `Lighthouse ${lighthouseVersion}, mobile (simulated throttling), ${chromePath}; load average ${load}; CPU benchmark index ${Math.min(...benchmarkIndexes)}–${Math.max(...benchmarkIndexes)}`,
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
