/**
 * Runs a command and samples the resident memory of its whole process tree
 * (Next's build workers included), which `/usr/bin/time` cannot: it reports the
 * largest single process only. Linux only: it reads /proc.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

const PAGE_SIZE = 4096;

function descendants(root: number): number[] {
  const parents = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // The command name may hold spaces and parentheses; fields resume after the last ')'.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      parents.set(ppid, [...(parents.get(ppid) ?? []), Number(entry)]);
    } catch {
      // The process ended while we looked.
    }
  }
  const tree: number[] = [root];
  for (let i = 0; i < tree.length; i++) tree.push(...(parents.get(tree[i]) ?? []));
  return tree;
}

function treeRssBytes(root: number): number {
  let total = 0;
  for (const pid of descendants(root)) {
    try {
      total += Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * PAGE_SIZE;
    } catch {
      // Gone already.
    }
  }
  return total;
}

export type Measured = { command: string; seconds: number; peakRssBytes: number; exitCode: number; output: string };

export function measure(command: string, env: NodeJS.ProcessEnv = process.env, sampleMs = 250): Promise<Measured> {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn('bash', ['-c', command], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    let peak = 0;
    const timer = setInterval(() => (peak = Math.max(peak, treeRssBytes(child.pid!))), sampleMs);
    child.on('close', (code) => {
      clearInterval(timer);
      resolve({ command, seconds: (performance.now() - started) / 1000, peakRssBytes: peak, exitCode: code ?? 1, output });
    });
  });
}
