/**
 * Drafts and scheduled posts: writers see them in `npm run dev` (with a badge),
 * readers never see them in the production build. Needs `npm run build` first.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPostFiles } from '../lib/content/files';
import { validatePosts } from '../lib/content/validate';

const now = new Date();
const posts = validatePosts(readPostFiles('content')).posts.map((p) => p.frontMatter);
const draft = posts.find((p) => p.draft);
const scheduled = posts.find((p) => !p.draft && new Date(p.date) > now);
const published = posts.find((p) => !p.draft && new Date(p.date) <= now);

const servers: ChildProcess[] = [];

async function startNext(mode: 'dev' | 'start', port: number): Promise<string> {
  const server = spawn(process.execPath, ['node_modules/next/dist/bin/next', mode, '-p', String(port)], {
    env: { ...process.env, NODE_ENV: mode === 'dev' ? 'development' : 'production', NEXT_TELEMETRY_DISABLED: '1' },
    stdio: 'ignore',
  });
  servers.push(server);
  const base = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 240; attempt++) {
    try {
      if ((await fetch(`${base}/`)).ok) return base;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`next ${mode} did not start on ${base}`);
}

const page = async (url: string) => {
  const response = await fetch(url);
  // Titles carry <wbr> at phrase breaks (components/phrases.tsx); compare the text without them.
  return { status: response.status, html: (await response.text()).replace(/<wbr\/?>/g, '') };
};

describe('drafts and scheduled posts', () => {
  let dev = '';
  let production = '';

  beforeAll(async () => {
    [dev, production] = await Promise.all([startNext('dev', 3231), startNext('start', 3232)]);
  }, 180_000);

  afterAll(() => servers.forEach((server) => server.kill('SIGTERM')));

  it('has a draft, a scheduled and a published sample post to compare', () => {
    expect(draft).toBeDefined();
    expect(scheduled).toBeDefined();
    expect(published).toBeDefined();
  });

  it('shows them in dev, with badges', async () => {
    const home = await page(`${dev}/`);
    expect(home.html).toContain(draft!.title);
    expect(home.html).toContain(scheduled!.title);
    expect(home.html).toContain('下書き');
    expect(home.html).toContain('公開予約');
    for (const slug of [draft!.slug, scheduled!.slug]) {
      expect((await page(`${dev}/posts/${slug}`)).status).toBe(200);
    }
  }, 180_000);

  it('leaves them out of the production build', async () => {
    const home = await page(`${production}/`);
    expect(home.html).toContain(published!.title);
    expect(home.html).not.toContain(draft!.title);
    expect(home.html).not.toContain(scheduled!.title);
    for (const slug of [draft!.slug, scheduled!.slug]) {
      expect((await page(`${production}/posts/${slug}`)).status).toBe(404);
    }
    const tag = await page(`${production}/tags/${encodeURIComponent('半導体')}`);
    expect(tag.status).toBe(200);
    expect(tag.html).not.toContain(scheduled!.title);
  }, 60_000);
});
