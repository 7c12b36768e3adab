import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { legacyUrlTable, resolveLegacyUrl } from '../urls/legacy-urls';
import { readPostFiles } from './files';
import { formatImportReport, importJekyllSite, readJekyllConfig, type ImportResult } from './jekyll-import';
import { readJekyllSettings } from './jekyll-settings';
import { validatePosts } from './validate';

const SITE = 'test/fixtures/jekyll-site';
const now = new Date('2026-01-01T00:00:00Z');
const projects: string[] = [];

function newProject() {
  const projectDir = mkdtempSync(path.join(tmpdir(), 'jekyll-import-'));
  projects.push(projectDir);
  return { siteDir: SITE, projectDir, contentDir: path.join(projectDir, 'content'), publicDir: path.join(projectDir, 'public') };
}

afterEach(() => {
  for (const dir of projects.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Every file under a folder with a hash of its bytes: what "the same result" means. */
function tree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    out[path.relative(dir, file)] = createHash('sha256').update(readFileSync(file)).digest('hex');
  }
  return out;
}

function messages(result: ImportResult, severity: string) {
  return result.problems.filter((p) => p.severity === severity).map((p) => `${path.basename(p.file)}:${p.line}: ${p.field}: ${p.message}`);
}

describe('readJekyllConfig', () => {
  it('reads the settings the content step needs from _config.yml', () => {
    const { settings, problems } = readJekyllConfig(SITE);
    expect(problems).toEqual([]);
    expect(settings).toEqual({
      permalink: '/:categories/:year/:month/:day/:title/',
      timeZone: 'Asia/Tokyo',
      url: 'https://blog.example.jp',
      baseurl: '',
      excerptSeparator: '<!--more-->',
      kramdown: { parseBlockHtml: true },
      readDatesAsJekyll: true,
    });
  });

  it('expands a named style and warns about a missing or unknown time zone', () => {
    const dir = newProject().projectDir;
    writeFileSync(path.join(dir, '_config.yml'), 'permalink: pretty\ntimezone: Mars/Olympus\n');
    const { settings, problems } = readJekyllConfig(dir);
    expect(settings.permalink).toBe('/:categories/:year/:month/:day/:title/');
    expect(settings.timeZone).toBe('Asia/Tokyo');
    expect(problems.map((p) => p.field)).toEqual(['timezone']);
    expect(readJekyllConfig(path.join(dir, 'nowhere')).problems[0].message).toContain('_config.yml がありません');
  });
});

describe('importJekyllSite', () => {
  it('copies posts byte for byte under their names, drafts into posts/_drafts, images into public/', () => {
    const paths = newProject();
    importJekyllSite({ ...paths, now });
    for (const name of readdirSync(path.join(SITE, '_posts'))) {
      expect(readFileSync(path.join(paths.contentDir, 'posts', name))).toEqual(readFileSync(path.join(SITE, '_posts', name)));
    }
    expect(readFileSync(path.join(paths.contentDir, 'posts/_drafts/書きかけの記事.md'))).toEqual(readFileSync(path.join(SITE, '_drafts/書きかけの記事.md')));
    expect(readFileSync(path.join(paths.publicDir, 'images/2014/tanabata.png'))).toEqual(readFileSync(path.join(SITE, 'images/2014/tanabata.png')));
    // The old theme's styles are not content.
    expect(existsSync(path.join(paths.publicDir, 'assets/css/style.css'))).toBe(false);
    expect(readFileSync(path.join(paths.contentDir, 'jekyll-includes/note.html'), 'utf8')).toContain('古いブログ');
    expect(readJekyllSettings(paths.contentDir)).toMatchObject({ includesDir: 'content/jekyll-includes', readDatesAsJekyll: true });
  });

  it('counts published and unpublished posts and names each warning’s file', () => {
    const result = importJekyllSite({ ...newProject(), now });
    // 8 in _posts and 1 draft; published: false and the draft are not published.
    expect(result.posts).toEqual({ published: 10, unpublished: 2, total: 12 });
    expect(messages(result, 'error')).toEqual([]);
    const warnings = messages(result, 'warning');
    expect(warnings).toContainEqual(expect.stringMatching(/^2016-02-03-duplicate-key\.md:5: title: 「title」が 2 回以上/));
    expect(warnings).toContainEqual(expect.stringMatching(/^2014-03-01-ruby\.markdown:1: slug: .*2013-01-05-ruby\.markdown.*\/posts\/ruby-2014-03-01/));
  });

  it('writes the old → new URL table with the dates Jekyll used', () => {
    const paths = newProject();
    const result = importJekyllSite({ ...paths, now });
    const csv = readFileSync(path.join(paths.contentDir, 'jekyll-urls.csv'), 'utf8').trim().split('\n');
    expect(csv[0]).toBe('old_path,new_path,file');
    expect(csv).toEqual(
      expect.arrayContaining([
        // 2014-07-07 23:30:00 without an offset: UTC to Ruby, so the 8th in Tokyo.
        '/日記/2014/07/08/tanabata/,/posts/tanabata,2014-07-07-tanabata.md',
        '/プログラミング/2013/01/05/ruby/,/posts/ruby,2013-01-05-ruby.markdown',
        '/プログラミング/2014/03/01/ruby/,/posts/ruby-2014-03-01,2014-03-01-ruby.markdown',
        '/記事/古い住所/,/posts/old-address,2015-05-10-old-address.md',
        '/お知らせ/2019/10/02/newsletter/,/posts/newsletter,2019-10-02-newsletter.md',
        '/2016/04/01/no-category/,/posts/no-category,2016-04-01-no-category.md',
      ]),
    );
    // Unpublished posts have no page to send anyone to.
    expect(csv.some((line) => line.includes('unpublished') || line.includes('書きかけ'))).toBe(false);
    expect(result.urls).toHaveLength(csv.length - 1);
  });

  it('gives the same files when run twice, and never overwrites a file that differs', () => {
    const paths = newProject();
    const first = importJekyllSite({ ...paths, now });
    const before = tree(paths.projectDir);
    const second = importJekyllSite({ ...paths, now });
    expect(tree(paths.projectDir)).toEqual(before);
    expect(second.copies.every((c) => c.outcome === 'unchanged')).toBe(true);
    expect(second.posts).toEqual(first.posts);

    const edited = path.join(paths.contentDir, 'posts/2019-10-02-newsletter.md');
    writeFileSync(edited, readFileSync(edited, 'utf8').replace('10月号', '10月号（改訂）'));
    const third = importJekyllSite({ ...paths, now });
    expect(readFileSync(edited, 'utf8')).toContain('（改訂）');
    expect(third.copies.find((c) => c.to === edited)?.outcome).toBe('kept');
    expect(messages(third, 'warning')).toContainEqual(expect.stringContaining('上書きしませんでした'));
  });

  it('lists files it leaves out instead of dropping them silently', () => {
    const paths = newProject();
    const site = path.join(paths.projectDir, 'site');
    mkdirSync(path.join(site, '_posts'), { recursive: true });
    mkdirSync(path.join(site, 'images'), { recursive: true });
    writeFileSync(path.join(site, '_posts/2020-01-01-old.textile'), 'h1. 古い形式');
    writeFileSync(path.join(site, 'images/x.svg'), '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"></svg>');
    const result = importJekyllSite({ ...paths, siteDir: site, now });
    expect(result.leftOut.map((l) => l.file)).toEqual(['_posts/2020-01-01-old.textile', 'images/x.svg']);
    expect(existsSync(path.join(paths.publicDir, 'images/x.svg'))).toBe(false);
  });

  it('prints a report with counts, warnings by kind, the Liquid tags it could not render and the URL table', () => {
    const paths = newProject();
    const report = formatImportReport(importJekyllSite({ ...paths, now }));
    expect(report).toContain('記事: 12 件（公開 10 件、非公開 2 件');
    expect(report).toMatch(/警告: \d+ 件/);
    expect(report).toMatch(/1 件 {2}title: 「…」が N 回以上書かれています/);
    // The fixture's one plugin tag this site has no equivalent for, counted by the content step's own Liquid rendering.
    expect(report).toContain('1 件  {% pullquote %}');
    expect(report).not.toContain('{% post_url %}');
    expect(report).toContain(`${paths.contentDir}/jekyll-urls.csv`);
    const counted = formatImportReport(importJekyllSite({ ...paths, now, countLiquidTags: () => new Map([['gist', 2]]) }));
    expect(counted).toContain('2 件  {% gist %}');
  });

  it('has every old URL of the imported site answer with its post, from one table', () => {
    const paths = newProject();
    importJekyllSite({ ...paths, now });
    const settings = readJekyllSettings(paths.contentDir);
    const { posts } = validatePosts(readPostFiles(paths.contentDir), { context: { jekyllDates: true, timeZone: settings.timeZone, now } });
    const table = legacyUrlTable(
      posts.map((p) => ({ ...p.frontMatter, _raw: { sourceFileName: path.basename(p.file) } })),
      { now, includeUnpublished: false },
      settings,
    );
    const sent = (p: string) => new URL(p, 'https://example.jp').pathname;
    expect(resolveLegacyUrl(sent('/日記/2014/07/08/tanabata/'), table)).toBe('/posts/tanabata');
    expect(resolveLegacyUrl(sent('/日記/2014/07/08/tanabata/index.html'), table)).toBe('/posts/tanabata');
    expect(resolveLegacyUrl(sent('/日記/2014/07/07/tanabata/'), table)).toBeUndefined();
    expect(resolveLegacyUrl(sent('/プログラミング/2014/03/01/ruby/'), table)).toBe('/posts/ruby-2014-03-01');
    expect(resolveLegacyUrl(sent('/記事/古い住所/'), table)).toBe(`/posts/old-address`);
    expect(resolveLegacyUrl(sent('/2016/01/01/unpublished/'), table)).toBeUndefined();
  });
});
