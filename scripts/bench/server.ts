/**
 * Shared by the page benchmarks (js-size, lighthouse, load): starts `next start`
 * for a production build on 127.0.0.1, waits until it answers, stops it with its
 * whole process group, and picks the pages to measure from the build's manifests
 * (lib/posts/store.ts needs Contentlayer's generated modules, which only Next resolves).
 *
 * Common options: `--url <origin>` measures a server that is already running
 * (its pages are still picked from the local `.next`), `--port <n>` fixes the
 * port (otherwise the system picks a free one).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { loadavg } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

const nextBin = createRequire(import.meta.url).resolve('next/dist/bin/next');

export type RunningServer = { origin: string; stop: () => Promise<void> };

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function waitUntilAnswering(origin: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited early (exit ${child.exitCode})`);
    try {
      const response = await fetch(`${origin}/`, { redirect: 'manual', signal: AbortSignal.timeout(5000) });
      await response.arrayBuffer();
      if (response.status < 500) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${origin} did not answer within ${timeoutMs / 1000} s`);
}

const running = new Set<ChildProcess>();

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  try {
    // Negative pid: the whole group, so no worker of `next start` outlives the benchmark.
    process.kill(-child.pid!, signal);
  } catch {
    // Already gone.
  }
}

// If the benchmark itself fails or is interrupted, take the servers down with it.
process.on('exit', () => running.forEach((child) => killGroup(child, 'SIGKILL')));
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    running.forEach((child) => killGroup(child, 'SIGKILL'));
    process.exit(130);
  });
}

/** `next start` for the build in `dir` (default: this repository). */
export async function startNextServer({ dir = process.cwd(), port }: { dir?: string; port?: number } = {}): Promise<RunningServer> {
  if (!existsSync(path.join(dir, '.next', 'BUILD_ID'))) {
    throw new Error(`${dir} has no production build: run \`npm run build\` first`);
  }
  const listenPort = port ?? (await freePort());
  const origin = `http://127.0.0.1:${listenPort}`;
  const child = spawn(process.execPath, [nextBin, 'start', '-p', String(listenPort)], {
    cwd: dir,
    detached: true,
    env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  running.add(child);
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) {
        running.delete(child);
        return resolve();
      }
      const force = setTimeout(() => killGroup(child, 'SIGKILL'), 5000);
      child.once('exit', () => {
        clearTimeout(force);
        running.delete(child);
        resolve();
      });
      killGroup(child, 'SIGTERM');
    });
  try {
    await waitUntilAnswering(origin, child, 60_000);
  } catch (error) {
    await stop();
    throw new Error(`${(error as Error).message}\n${stderr}`);
  }
  return { origin, stop };
}

type StringOption = { type: 'string'; default?: string };

/** Parses the shared options plus a script's own (string options), and starts the server unless `--url` was given. */
export async function serverFromArgs(extraOptions: Record<string, StringOption> = {}) {
  const { values } = parseArgs({
    options: { url: { type: 'string' }, port: { type: 'string' }, ...extraOptions },
    allowPositionals: false,
  }) as { values: Record<string, string | undefined> };
  const port = values.port === undefined ? undefined : Number(values.port);
  const server: RunningServer = values.url
    ? { origin: values.url.replace(/\/$/, ''), stop: async () => {} }
    : await startNextServer({ port });
  return { server, port, values };
}

export type BenchPage = { name: string; path: string };

/**
 * Home, the first post and the first tag page in the prerender manifest, and
 * /search when the build has that route. Paths are percent-encoded (tags may be Japanese).
 */
export function pickPages(dir = process.cwd()): { pages: BenchPage[]; notes: string[] } {
  const manifest = JSON.parse(readFileSync(path.join(dir, '.next', 'prerender-manifest.json'), 'utf8')) as {
    routes: Record<string, unknown>;
  };
  const appRoutes = Object.values(
    JSON.parse(readFileSync(path.join(dir, '.next', 'app-path-routes-manifest.json'), 'utf8')) as Record<string, string>,
  );
  const routes = Object.keys(manifest.routes);
  const first = (pattern: RegExp) => routes.find((route) => pattern.test(route));
  const pages: BenchPage[] = [{ name: 'home', path: '/' }];
  const notes: string[] = [];
  for (const [name, pattern] of [
    ['post', /^\/posts\/[^/]+$/],
    ['tag', /^\/tags\/[^/]+$/],
  ] as const) {
    const route = first(pattern);
    if (route) pages.push({ name, path: encodeURI(route) });
    else notes.push(`no ${name} page in the build: skipped`);
  }
  if (appRoutes.includes('/search')) pages.push({ name: 'search', path: '/search' });
  else notes.push('the build has no /search route: skipped');
  return { pages, notes };
}

export function loadAverage(): string {
  return loadavg()[0].toFixed(1);
}

export const kb = (bytes: number) => (bytes / 1024).toFixed(1);
