/**
 * `npm run bench:build -- 1000 5000 10000`
 * For each size: writes the deterministic corpus, runs every step of
 * `npm run build` against it (CONTENT_DIR) and records wall time and peak
 * memory of the whole process tree per step, pages produced and output size;
 * then the warm build a deploy makes after one writer edits one post in the
 * middle of the archive: everything but `.next/cache` is deleted first, as
 * Vercel restores only that. Prints a Markdown table for BENCHMARKS.md and
 * writes the raw figures to .bench/results.json.
 */
import { execSync } from 'node:child_process';
import { appendFileSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import path from 'node:path';
import { writeCorpus } from './corpus';
import { measure, type Measured } from './process-tree';
import { keepOnlyDeployCache } from '../deploy-cache';

const sizes = process.argv.slice(2).map(Number).filter((n) => Number.isInteger(n) && n > 0);
if (sizes.length === 0) sizes.push(1000);

const buildSteps: string[] = JSON.parse(readFileSync('package.json', 'utf8'))
  .scripts.build.split('&&')
  .map((step: string) => step.trim());

function directoryBytes(dir: string): number {
  if (!existsSync(dir)) return 0;
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += statSync(path.join(entry.parentPath, entry.name)).size;
  }
  return total;
}

function countFiles(dir: string, pattern: RegExp): number {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && pattern.test(e.name)).length;
}

const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

async function runBuild(env: NodeJS.ProcessEnv): Promise<Measured[]> {
  const results: Measured[] = [];
  for (const step of buildSteps) {
    const result = await measure(step, env);
    results.push(result);
    if (result.exitCode !== 0) {
      console.error(result.output.slice(-4000));
      throw new Error(`${step} が失敗しました (exit ${result.exitCode})`);
    }
  }
  return results;
}

type Row = {
  posts: number;
  kind: string;
  steps: Measured[];
  /** From `next build`'s own report: compilation and static generation. */
  nextPhases: string;
  pages: number;
  htmlFiles: number;
  outputBytes: number;
  loadBefore: number;
};

function nextPhases(steps: Measured[]): string {
  const output = steps.map((s) => s.output).join('\n');
  // Next prints durations as 950ms, 8.7s or 6.2min.
  const compiled = output.match(/Compiled successfully in ([\d.]+(?:ms|s|min))/)?.[1] ?? '?';
  const generated = output.match(/Generating static pages using (\d+) workers? \((\d+)\/\d+\) in ([\d.]+(?:ms|s|min))/);
  return `compile ${compiled}, generate ${generated ? `${generated[3]} (${generated[1]} worker${generated[1] === '1' ? '' : 's'})` : '?'}`;
}
const rows: Row[] = [];

for (const size of sizes) {
  const outDir = path.join('.bench', `corpus-${size}`);
  const postsDir = writeCorpus(size, outDir);
  const env = { ...process.env, CONTENT_DIR: outDir, NEXT_TELEMETRY_DISABLED: '1' };
  execSync('rm -rf .next .contentlayer');
  const record = async (kind: string) => {
    const loadBefore = loadavg()[0];
    const steps = await runBuild(env);
    // The full output of each step, for looking into a slow one afterwards.
    writeFileSync(
      path.join('.bench', `build-${size}-${kind.replace(/\W+/g, '-')}.log`),
      steps.map((s) => `$ ${s.command}\n${s.output}`).join('\n'),
    );
    const manifest = JSON.parse(readFileSync('.next/prerender-manifest.json', 'utf8')) as { routes: object };
    rows.push({
      posts: size,
      kind,
      steps,
      nextPhases: nextPhases(steps),
      pages: Object.keys(manifest.routes).length,
      htmlFiles: countFiles('.next/server/app', /\.html$/),
      outputBytes: directoryBytes('.next') - directoryBytes('.next/cache'),
      loadBefore,
    });
    const row = rows.at(-1)!;
    console.log(`${size} posts (${kind}): ${row.steps.map((s) => `${s.command} ${s.seconds.toFixed(1)} s / ${mb(s.peakRssBytes)}`).join(', ')}`);
  };
  await record('clean build');
  // One writer edits one old post; the deploy keeps only .next/cache of the build before.
  const names = readdirSync(postsDir).sort();
  appendFileSync(path.join(postsDir, names[Math.floor(names.length / 2)]), '\n追記: ベンチマークのための一文。\n');
  keepOnlyDeployCache(process.cwd());
  await record('warm, one post edited');
}

const header = `| posts | build | ${buildSteps.map((s) => `\`${s}\``).join(' | ')} | total | peak memory | inside next build | routes | HTML files | output (.next without cache) | load before |`;
const lines = [
  `Machine: ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), ${mb(totalmem())} RAM, Node ${process.version}`,
  '',
  header,
  `| ${Array(buildSteps.length + 9).fill('---').join(' | ')} |`,
  ...rows.map((row) => {
    const total = row.steps.reduce((sum, s) => sum + s.seconds, 0);
    const peak = Math.max(...row.steps.map((s) => s.peakRssBytes));
    return `| ${row.posts.toLocaleString('en')} | ${row.kind} | ${row.steps.map((s) => `${s.seconds.toFixed(1)} s / ${mb(s.peakRssBytes)}`).join(' | ')} | ${total.toFixed(1)} s | ${mb(peak)} | ${row.nextPhases} | ${row.pages} | ${row.htmlFiles} | ${mb(row.outputBytes)} | ${row.loadBefore.toFixed(1)} |`;
  }),
];
console.log(`\n${lines.join('\n')}`);
writeFileSync(path.join('.bench', 'results.json'), JSON.stringify(rows.map(({ steps, ...row }) => ({ ...row, steps: steps.map(({ output: _o, ...s }) => s) })), null, 2));
