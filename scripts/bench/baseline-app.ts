import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';

const require = createRequire(import.meta.url);

/**
 * A separate app with one static page, using this repository's installed
 * next/react/react-dom: the reference the benchmarks compare our pages with.
 * Returns its directory (built, ready for `next start`); the caller removes it.
 */
export function buildBaselineApp(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'next-baseline-'));
  mkdirSync(path.join(dir, 'app'));
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'next-baseline', private: true }, null, 2));
  writeFileSync(
    path.join(dir, 'app', 'layout.tsx'),
    `import type { ReactNode } from 'react';\n\nexport default function RootLayout({ children }: { children: ReactNode }) {\n  return (\n    <html lang="ja">\n      <body>{children}</body>\n    </html>\n  );\n}\n`,
  );
  writeFileSync(path.join(dir, 'app', 'page.tsx'), `export default function Page() {\n  return <h1>Hello</h1>;\n}\n`);
  // Turbopack refuses files outside its root; the symlinked node_modules resolves into this repository.
  writeFileSync(
    path.join(dir, 'next.config.mjs'),
    `export default { turbopack: { root: ${JSON.stringify(path.parse(dir).root)} } };\n`,
  );
  symlinkSync(path.resolve('node_modules'), path.join(dir, 'node_modules'), 'dir');
  const build = spawnSync(process.execPath, [require.resolve('next/dist/bin/next'), 'build'], {
    cwd: dir,
    env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
  });
  if (build.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`baseline build failed:\n${build.stdout}\n${build.stderr}`);
  }
  return dir;
}
