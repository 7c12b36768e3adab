// `npm run dev`: Contentlayer watches content/ while Next serves the pages, so
// saving a Markdown file updates the page. (Contentlayer's Next plugin is
// webpack-only and goes stale under Turbopack, hence two processes.)
import { spawn, spawnSync } from 'node:child_process';

// Validate everything first, so a writer sees every problem before the server starts. Contentlayer
// reads every post there (not only those the content cache lacks): the watcher below starts from
// the cache that run leaves, which it keys by the files' times, instead of preparing every post again
// while the writer's first save waits (1,000 posts: 27 s). It reuses a post's cached document although
// the post's front matter is data the config does not declare only through patches/ (scripts/contentlayer-build.test.ts).
const check = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/content.ts'], {
  stdio: 'inherit',
  env: { ...process.env, CONTENTLAYER_EVERY_POST: '1' },
});
if (check.status !== 0) process.exit(check.status ?? 1);

const children = [
  spawn(process.execPath, ['node_modules/contentlayer2/bin/cli.cjs', 'dev'], { stdio: 'inherit' }),
  spawn(process.execPath, ['node_modules/next/dist/bin/next', 'dev', ...process.argv.slice(2)], { stdio: 'inherit' }),
];

function stopAll(code = 0) {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  process.exit(code);
}

for (const child of children) child.on('exit', (code) => stopAll(code ?? 0));
process.on('SIGINT', () => stopAll(0));
process.on('SIGTERM', () => stopAll(0));
