import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ensureLocalProject } from './project';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'vercel-project-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('.vercel/project.json', () => {
  it('is written when missing, with the Next.js preset and no install step of its own', () => {
    const file = ensureLocalProject(dir);
    expect(file).toBe(path.join(dir, '.vercel', 'project.json'));
    const project = JSON.parse(readFileSync(file!, 'utf8'));
    expect(project.projectId).toBeTruthy();
    expect(project.orgId).toBeTruthy();
    expect(project.settings).toMatchObject({ framework: 'nextjs', buildCommand: 'npm run build', installCommand: '' });
  });

  it('is left alone when it exists (a linked project keeps its settings)', () => {
    mkdirSync(path.join(dir, '.vercel'));
    writeFileSync(path.join(dir, '.vercel', 'project.json'), '{"projectId":"prj_1","orgId":"team_1","settings":{}}');
    expect(ensureLocalProject(dir)).toBeUndefined();
    expect(readFileSync(path.join(dir, '.vercel', 'project.json'), 'utf8')).toContain('prj_1');
  });
});
