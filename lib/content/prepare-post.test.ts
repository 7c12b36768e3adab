import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../markdown/render';
import { postDataFrom, preparePostFrom, parseValidPost } from './prepare-post';

const postsDir = path.join('content', 'posts');

describe('preparePostFrom', () => {
  // The content step's workers parse a body once and read the excerpt, the reading time and the HTML from that
  // one tree; each of those on its own parses the body itself. Both ways must give the same post.
  it.each(readdirSync(postsDir).filter((name) => name.endsWith('.md')))('gives %s the fields and HTML of separate parses', async (name) => {
    const file = path.posix.join(postsDir, name);
    const post = parseValidPost(file, readFileSync(file, 'utf8'));
    const prepared = await preparePostFrom(post);
    const data = postDataFrom(post);
    expect(prepared.data).toEqual(data);
    expect(prepared.rendered).toEqual(await renderMarkdown(data.body, { sponsored: data.sponsored }));
  });

  it('takes the excerpt and reading time from the body it renders', async () => {
    const body = '## 見出し\n\n半導体の需要が**急増**した。電力の確保が課題になる。\n\n```ts\nconst 値 = 1;\n```\n\n$E=mc^2$ の式も書ける。\n';
    const post = parseValidPost('content/posts/2025-11-30-sample.md', `---\ntitle: 試し\ndate: 2025-11-30 09:00:00 +0900\n---\n${body}`);
    const { data, rendered } = await preparePostFrom(post);
    expect(data.excerpt).toBe('半導体の需要が急増した。電力の確保が課題になる。 E=mc^2 の式も書ける。');
    expect(data.readingTime).toBe(1);
    expect(rendered.html).toContain('<strong>急増</strong>');
    expect(rendered.html).toContain('class="katex"');
    expect(rendered.headings.map((heading) => heading.text)).toEqual(['見出し']);
  });
});
