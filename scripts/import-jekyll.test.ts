/**
 * An imported Jekyll site through the real content step (Contentlayer included):
 * `.markdown` files, a repeated key, `_drafts/` and same-name posts all become
 * documents, and the table proxy.ts answers from holds their old URLs. Run in a
 * scratch project (links to this one's code) so this project's .contentlayer/ is untouched.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importJekyllSite } from '../lib/content/jekyll-import';
import { GENERATED_FILES } from '../lib/config';

const project = mkdtempSync(path.join(tmpdir(), 'jekyll-build-'));
afterAll(() => rmSync(project, { recursive: true, force: true }));

describe('an imported Jekyll site in the content step', () => {
  it('gives every imported post a document and every published one its old URLs', { timeout: 120_000 }, () => {
    // Code and packages linked; the files Contentlayer finds its project by are copies, or it would work in this one.
    for (const entry of ['lib', 'scripts', 'node_modules']) symlinkSync(path.resolve(entry), path.join(project, entry));
    for (const entry of ['contentlayer.config.ts', 'package.json', 'tsconfig.json']) copyFileSync(entry, path.join(project, entry));
    const contentDir = path.join(project, 'content');
    importJekyllSite({ siteDir: path.resolve('test/fixtures/jekyll-site'), contentDir, publicDir: path.join(project, 'public'), projectDir: project });

    const contentStep = () =>
      spawnSync(process.execPath, ['--import', 'tsx', 'scripts/content.ts'], {
        cwd: project,
        // Contentlayer takes its project folder from PWD before the process's own folder.
        env: { ...process.env, PWD: project, CONTENT_DIR: 'content', PUBLIC_DIR: 'public', CONTENT_CACHE_DIR: '.next/cache/content' },
        encoding: 'utf8',
      });
    const run = contentStep();
    expect(run.status, `${run.stdout}${run.stderr}`).toBe(0);
    expect(run.stdout).toContain('記事 12 件を生成しました（うち下書き 2 件、変換 12 件、キャッシュから 0 件、Contentlayer 12 件）');
    const index = readFileSync(path.join(project, GENERATED_FILES.posts), 'utf8');

    // A second build with the first one's cache (as a deploy keeps .next/cache) prepares again only the draft
    // in _drafts/ without a date, which is dated by the build as Jekyll dated it by the file's time; every
    // other document is the same.
    rmSync(path.join(project, '.contentlayer'), { recursive: true, force: true });
    const again = contentStep();
    expect(again.status, `${again.stdout}${again.stderr}`).toBe(0);
    // Contentlayer, too, is given that one post alone; the other documents come from the cache.
    expect(again.stdout).toContain('記事 12 件を生成しました（うち下書き 2 件、変換 1 件、キャッシュから 11 件、Contentlayer 1 件');
    const dated = (json: string) => (JSON.parse(json) as { _raw: { sourceFilePath: string } }[]).filter((d) => !d._raw.sourceFilePath.includes('_drafts/'));
    expect(dated(readFileSync(path.join(project, GENERATED_FILES.posts), 'utf8'))).toEqual(dated(index));
    expect(dated(index)).toHaveLength(11);

    const documents: { slug: string; title: string; draft: boolean; date: string; _raw: { sourceFilePath: string } }[] = JSON.parse(
      readFileSync(path.join(project, GENERATED_FILES.posts), 'utf8'),
    );
    const bySlug = Object.fromEntries(documents.map((d) => [d.slug, d]));
    expect(bySlug.ruby._raw.sourceFilePath).toBe('posts/2013-01-05-ruby.markdown');
    expect(bySlug['ruby-2014-03-01']._raw.sourceFilePath).toBe('posts/2014-03-01-ruby.markdown');
    expect(bySlug['duplicate-key'].title).toBe('節分に豆をまいた');
    // post_url to the second of two same-name posts links to the slug validation gave it, not to the first.
    const linksHtml = (bySlug['ruby-links'] as unknown as { html: string }).html;
    expect(linksHtml).toContain('href="/posts/ruby"');
    expect(linksHtml).toContain('href="/posts/ruby-2014-03-01"');
    expect(bySlug.tanabata.date).toBe('2014-07-07T23:30:00.000Z');
    expect(bySlug.newsletter.date).toBe('2019-10-01T15:00:00.000Z');
    expect(bySlug['書きかけの記事'].draft).toBe(true);
    expect(bySlug.unpublished.draft).toBe(true);

    const table: Record<string, string> = JSON.parse(readFileSync(path.join(project, GENERATED_FILES.legacyUrls), 'utf8'));
    expect(table['/日記/2014/07/08/tanabata']).toBe('/posts/tanabata');
    expect(table['/プログラミング/2014/03/01/ruby']).toBe('/posts/ruby-2014-03-01');
    expect(table['/プログラミング/2013/01/05/ruby']).toBe('/posts/ruby');
    expect(table['/記事/古い住所']).toBe('/posts/old-address');
    expect(Object.values(table)).not.toContain('/posts/unpublished');
  });
});
