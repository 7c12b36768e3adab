import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanImportedBody } from '../markdown/cleanup';
import { listPostFiles } from './files';
import { parsePostFile } from './front-matter';
import { DEFAULT_JEKYLL_SETTINGS } from './jekyll-settings';
import { postUrlResolver } from './liquid/post-urls';
import { derivePostData, preparePost } from './prepare-post';
import { createJekyllBodyContext, prepareJekyllBody, unrenderedJekyllTags, type JekyllBodyContext } from './jekyll-body';

const site = 'test/fixtures/jekyll-site';
const files = [`${site}/_posts/2015-02-01-liquid-highlight.md`, `${site}/_posts/2015-02-08-kramdown-ial.md`];

const context: JekyllBodyContext = {
  settings: { ...DEFAULT_JEKYLL_SETTINGS, includesDir: `${site}/_includes` },
  liquid: {
    site: { url: 'https://news.example.jp', title: 'ニュースデスク', description: '説明' },
    postUrls: () => postUrlResolver(files),
    includesDir: `${site}/_includes`,
  },
};

const fixture = (file: string) => ({ file, source: readFileSync(file, 'utf8') });

describe('an imported Jekyll post', () => {
  it('is rendered with its Liquid: highlighted code, links to posts, the include, no {% or {{ left in its text', async () => {
    const { file, source } = fixture(files[0]);
    const { data, rendered } = await preparePost(file, source, { body: context });
    expect(data.body).toContain('```ruby\n# => 7 になります\nputs 3 + 4\n```');
    expect(data.body).toContain('[こちら](/posts/kramdown-ial)');
    expect(data.body).toContain('サイトは https://news.example.jp です');
    expect(rendered.html).toContain('data-language="ruby"');
    expect(rendered.html).toContain('コードは Ruby 2.1 で確かめました');
    expect(rendered.html).toContain('https://www.youtube.com/watch?v=dQw4w9WgXcQ');
    expect(rendered.html).not.toContain('下書きのメモ');
    // `{{ page.title }}` is shown only inside the code block that the raw block protected.
    const outsideCode = rendered.html.replace(/<pre[\s\S]*?<\/pre>/g, '');
    expect(outsideCode).not.toMatch(/\{\{|\{%/);
    expect(data.body).toContain('```liquid\n{{ page.title }}\n```');
    // A `# comment` in the highlight block is code, not a heading.
    expect(rendered.headings).toEqual([]);
  });

  it('takes its excerpt from the text before <!--more-->', () => {
    const { file, source } = fixture(files[0]);
    expect(derivePostData(file, source, { body: context }).excerpt).toBe('足し算の結果をコメントで書き添える書き方を紹介します。');
  });

  it('reads kramdown: headings without a space, {: #id}, {:toc} dropped, Markdown in <div markdown="1">', async () => {
    const { file, source } = fixture(files[1]);
    const { rendered } = await preparePost(file, source, { body: context });
    expect(rendered.headings).toEqual([
      { depth: 2, id: 'intro', text: 'はじめに' },
      { depth: 3, id: '設定', text: '設定' },
    ]);
    expect(rendered.html).toContain('<a href="#intro">はじめに</a>');
    expect(rendered.html).toContain('<strong>太字</strong>');
    expect(rendered.html).not.toMatch(/目次|\{:/);
  });
});

describe('parse_block_html', () => {
  it('follows the site setting, and a post\'s own {::options parse_block_html /} over it', async () => {
    const body = '<section>\n**太字**\n</section>\n';
    const on = { ...context, settings: { ...context.settings, kramdown: { parseBlockHtml: true } } };
    expect(prepareJekyllBody(body, context).markdown).toBe(body);
    expect(prepareJekyllBody(body, on).markdown).toBe('<section>\n\n**太字**\n\n</section>\n');
    expect(prepareJekyllBody(`{::options parse_block_html="true" /}\n\n${body}`, context).markdown).toContain('<section>\n\n**太字**');
    expect(prepareJekyllBody(`{::options parse_block_html="false" /}\n\n${body}`, on).markdown).toContain(body);
  });
});

describe('the native sample posts', () => {
  it('come out exactly as written: no Liquid, no kramdown-only syntax, the body is not touched', () => {
    for (const file of listPostFiles('content')) {
      const source = readFileSync(file, 'utf8');
      const parsed = parsePostFile(file, source);
      const cleaned = cleanImportedBody(parsed.body, parsed.frontMatter!.title);
      expect(prepareJekyllBody(cleaned, context).markdown, file).toBe(cleaned);
      expect(derivePostData(file, source, { body: context }).body, file).toBe(cleaned);
    }
  });
});

describe('createJekyllBodyContext', () => {
  it('links post_url to the slug the linked post itself claims, read from its front matter', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'jekyll-body-'));
    mkdirSync(path.join(dir, 'posts'));
    writeFileSync(path.join(dir, 'posts', '2014-03-01-ruby.md'), '---\ntitle: 古い記事\ndate: 2014-03-01\nslug: ruby-basics\n---\n本文\n');
    writeFileSync(path.join(dir, 'posts', '2014-04-01-next.md'), '---\ntitle: 次の記事\ndate: 2014-04-01\n---\n本文\n');
    const { liquid } = createJekyllBodyContext(dir);
    expect(liquid.postUrls()('2014-03-01-ruby')).toBe('/posts/ruby-basics');
    expect(liquid.postUrls()('_posts/2014-04-01-next.md')).toBe('/posts/next');
    expect(liquid.postUrls()('2014-05-01-none')).toBeUndefined();
  });
});

describe('unrenderedJekyllTags', () => {
  it('counts, for the importer report, the tags of a post this site could not render', () => {
    const { source } = fixture(files[0]);
    expect(unrenderedJekyllTags(source, context)).toEqual({ pullquote: 1 });
    expect(unrenderedJekyllTags('## 見出しだけ\n', context)).toEqual({});
  });
});
