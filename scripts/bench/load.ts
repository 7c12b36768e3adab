/**
 * `npm run bench:load [-- --duration 10] [--connections 10] [--url <origin>] [--port <n>]`
 * A bounded load test with autocannon against `next start` on 127.0.0.1: the
 * home page and a post, one after the other, each for a fixed duration. The
 * load generator runs on the same machine as the server and shares its cores,
 * so the figures are a floor for the server, not a capacity estimate. Requests
 * ask for gzip; throughput counts the bytes as sent.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus } from 'node:os';
import autocannon from 'autocannon';
import { loadAverage, pickPages, serverFromArgs } from './server';

const autocannonVersion: string = JSON.parse(readFileSync(createRequire(import.meta.url).resolve('autocannon/package.json'), 'utf8')).version;

const { server, values } = await serverFromArgs({
  duration: { type: 'string', default: '10' },
  connections: { type: 'string', default: '10' },
});
const duration = Number(values.duration);
const connections = Number(values.connections);
const pages = pickPages().pages.filter((page) => page.name === 'home' || page.name === 'post');

const rows: string[] = [];
try {
  for (const page of pages) {
    const url = `${server.origin}${page.path}`;
    // One request first so the page is read from disk before the clock starts.
    await (await fetch(url)).arrayBuffer();
    const load = loadAverage();
    // Ask for gzip as a browser does, so Next's response compression is part of the cost.
    const result = await autocannon({ url, connections, duration, headers: { 'accept-encoding': 'gzip' } });
    rows.push(
      `| ${page.name} \`${decodeURI(page.path)}\` | ${result.requests.average.toFixed(0)} | ${result.latency.p50} ms | ${result.latency.p99} ms | ${result.requests.total} | ${result.errors} | ${result.timeouts} | ${result.non2xx} | ${(result.throughput.average / 1024 / 1024).toFixed(1)} MB/s | ${load} |`,
    );
    console.log(`${page.path}: ${result.requests.total} requests in ${duration} s`);
  }
} finally {
  await server.stop();
}

console.log(
  [
    '',
    `autocannon ${autocannonVersion}, ${connections} connections, ${duration} s per page, Node ${process.version}, ${cpus().length} cores shared by server and load generator`,
    '',
    '| page | requests/s (mean) | p50 latency | p99 latency | requests | errors | timeouts | non-2xx | throughput | load average before |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n'),
);
