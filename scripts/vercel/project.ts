/** The local project file `vercel build` reads (`.vercel/project.json`, what `vercel pull` would write). */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The settings README "Deploying to Vercel" gives the project. Ids are placeholders:
 * `vercel build` only needs them to be present, and no login. The install command is
 * empty because the caller has installed (CI: `npm ci`); left unset, the builder would
 * run `npm install` itself, a minute more that may also change node_modules.
 */
export const LOCAL_PROJECT = {
  projectId: 'local-build',
  orgId: 'local-build',
  settings: { framework: 'nextjs', nodeVersion: '20.x', buildCommand: 'npm run build', installCommand: '', outputDirectory: null },
} as const;

/** Writes `.vercel/project.json` under `projectDir` unless there is one (a `vercel link`ed project keeps its own); the file's path when written. */
export function ensureLocalProject(projectDir: string): string | undefined {
  const file = path.join(projectDir, '.vercel', 'project.json');
  if (existsSync(file)) return undefined;
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(LOCAL_PROJECT, null, 2)}\n`);
  return file;
}
