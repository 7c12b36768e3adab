import { describe, expect, it } from 'vitest';
import { expectLinearWork, repeatTo } from '../../../test/linear-work';
import { postUrlResolver } from './post-urls';
import { renderJekyllLiquid, stripLiquid, unrenderedLiquidTags, type JekyllLiquidContext } from './render-liquid';

const context: JekyllLiquidContext = {
  site: { url: 'https://news.example.jp', title: 'ニュースデスク', description: '説明' },
  postUrls: () => postUrlResolver(['content/posts/2014-03-01-ruby.md', 'content/posts/2015-02-01-liquid-highlight.md']),
  includesDir: 'test/fixtures/jekyll-includes',
};

const render = (body: string) => renderJekyllLiquid(body, context, { title: '記事の題' });

describe('renderJekyllLiquid', () => {
  it('turns {% highlight %} into a fenced block with its language, dropping linenos', () => {
    const { markdown, unrendered } = render('前置き\n\n{% highlight ruby linenos %}\n# => 7 になる\nputs 3 + 4\n{% endhighlight %}\n\n後書き\n');
    expect(markdown).toBe('前置き\n\n```ruby\n# => 7 になる\nputs 3 + 4\n```\n\n後書き\n');
    expect(unrendered).toEqual({});
  });

  it('keeps a highlight block inside its list item when the tag is indented', () => {
    const { markdown } = render('1. 入れる\n   {% highlight sh %}\nnpm install\n   {% endhighlight %}\n2. 動かす\n');
    expect(markdown).toBe('1. 入れる\n   ```sh\n   npm install\n   ```\n2. 動かす\n');
  });

  it('uses a longer fence when the code holds one, and Octopress codeblock works the same', () => {
    expect(render('{% highlight markdown %}\n```\n例\n```\n{% endhighlight %}').markdown).toBe('````markdown\n```\n例\n```\n````');
    expect(render('{% codeblock lang:python 例 %}\nprint("やあ")\n{% endcodeblock %}').markdown).toBe('```python\nprint("やあ")\n```');
  });

  it('shows raw literally, drops comment, and evaluates assign, if, for and filters', () => {
    const { markdown } = render('{% raw %}{{ そのまま }}{% endraw %}\n{% comment %}メモ{% endcomment %}{% assign n = 3 %}{% if n > 2 %}{% for i in (1..n) %}{{ i }}{% endfor %}{% endif %} {{ "ab" | upcase }} {{ page.title }}');
    expect(markdown).toBe('{{ そのまま }}\n123 AB 記事の題');
  });

  it('keeps Liquid in fenced and inline code literal', () => {
    const body = '`{{ site.url }}` と\n\n```liquid\n{% if user %}{{ user.name }}{% endif %}\n```\n';
    expect(render(body).markdown).toBe(body);
  });

  it('points site.url, site.baseurl, BASE_PATH, relative_url and absolute_url at this site', () => {
    expect(render('{{ site.url }}{{ site.baseurl }}/a {{ BASE_PATH }}/b {{ "/c" | relative_url }} {{ "d" | absolute_url }}').markdown).toBe(
      'https://news.example.jp/a /b /c https://news.example.jp/d',
    );
  });

  it('links post_url and link to the post on this site, and counts what it cannot find', () => {
    const { markdown, unrendered, problems } = render('[前回]({% post_url 2014-03-01-ruby %}) [次]({% link _posts/2015-02-01-liquid-highlight.md %}) [資料]({% link assets/資料.pdf %})\n[ない]({% post_url 2001-01-01-nothing %})');
    expect(markdown).toBe('[前回](/posts/ruby) [次](/posts/liquid-highlight) [資料](/assets/資料.pdf)\n[ない]()');
    expect(unrendered).toEqual({ post_url: 1 });
    expect(problems).toEqual([{ line: 2, message: '{% post_url 2001-01-01-nothing %} の記事が見つからないため、リンク先を空にしました' }]);
  });

  it('inlines an include with its parameters, and drops a missing one or one outside the folder with a warning', () => {
    const { markdown, unrendered, problems } = render('{% include note.html text="締め切りは金曜です" %}\n{% include none.html %}\n{% include ../../../package.json %}');
    expect(markdown).toBe('<aside class="note"><p>締め切りは金曜です</p></aside>\n\n\n');
    expect(unrendered).toEqual({ include: 2 });
    expect(problems.map((p) => p.line)).toEqual([2, 3]);
  });

  it('stops an include that includes itself', () => {
    const { markdown, unrendered } = render('{% include loop.html %}');
    expect(markdown.trim()).toBe('');
    expect(unrendered).toEqual({ include: 1 });
  });

  it('turns gist and youtube into links, the video as a bare URL on its own line', () => {
    expect(render('{% gist octocat/6cad326836d38bd3a7ae %}').markdown).toBe('https://gist.github.com/octocat/6cad326836d38bd3a7ae');
    expect(render('動画:\n{% youtube dQw4w9WgXcQ %}\n').markdown).toBe('動画:\n\n\nhttps://www.youtube.com/watch?v=dQw4w9WgXcQ\n\n\n');
  });

  it('drops any other tag with a warning naming it, keeping the text of an unknown block', () => {
    const { markdown, unrendered, problems } = render('{% blockquote 漱石 %}\n月が綺麗ですね\n{% endblockquote %}\n{% img /images/a.png %}');
    expect(markdown).toBe('\n月が綺麗ですね\n\n');
    expect(unrendered).toEqual({ blockquote: 1, img: 1 });
    expect(problems.map((p) => p.message)).toEqual([
      'Liquid タグ {% blockquote %} はこのサイトでは表示できないため取り除きました',
      'Liquid タグ {% img %} はこのサイトでは表示できないため取り除きました',
    ]);
    expect(unrenderedLiquidTags('{% img a %}{% img b %}{% endif %}', context)).toEqual({ img: 2, endif: 1 });
  });

  it('cuts out a tag it cannot parse (an unclosed block) and renders the rest', () => {
    const { markdown, unrendered } = render('{% if 開いたまま %}本文 {{ page.title }}');
    expect(markdown).toBe('本文 記事の題');
    expect(unrendered).toEqual({ if: 1 });
  });

  it('stays within its limits on hostile input: a huge loop renders with its tags removed, code blocks kept', () => {
    const { markdown, problems } = render('{% for i in (1..100000000) %}あ{% endfor %}\n{% highlight sh %}\n# 注釈\n{% endhighlight %}');
    expect(markdown).toBe('あ\n```sh\n# 注釈\n```');
    expect(problems[0].message).toMatch(/^Liquid を解釈できなかったため/);
  });

  it('never leaves {{ or {% in reader text outside raw and code', () => {
    const { markdown } = render('{{ 閉じない\n{% 閉じない\n{{ page.nothing }}{% endfor %}');
    expect(markdown).not.toMatch(/\{\{|\{%/);
  });
});

describe('stripLiquid', () => {
  it('keeps raw text and removes everything else, in linear time', () => {
    expect(stripLiquid('a{% raw %}{{ b }}{% endraw %}c{{ d }}{% e %}', () => {})).toBe('a{{ b }}c');
    expectLinearWork('unclosed tags', repeatTo('{% raw %}{{ '), (text) => stripLiquid(text, () => {}));
    expectLinearWork('unclosed outputs', repeatTo('{{ あ'), (text) => stripLiquid(text, () => {}));
    expectLinearWork('closed outputs, no tags', repeatTo('{{ a }}'), (text) => stripLiquid(text, () => {}));
  });

  it('still turns highlight blocks into fenced code', () => {
    expect(stripLiquid('前\n{% highlight ruby linenos %}\n# 注釈\n{% endhighlight %}\n後', () => {})).toBe('前\n```ruby\n# 注釈\n```\n後');
  });
});

describe('renderJekyllLiquid on hostile bodies', () => {
  it('works in linear time on many tags, outputs, unknown tags and unclosed blocks', () => {
    expectLinearWork('outputs', repeatTo('{{ a }}あ'), (text) => render(text));
    expectLinearWork('unknown tags', repeatTo('{% x %}'), (text) => render(text));
    expectLinearWork('unclosed ifs', repeatTo('{% if a %}'), (text) => render(text));
    expectLinearWork('highlight blocks', repeatTo('{% highlight ruby %}\n# a\n{% endhighlight %}\n'), (text) => render(text));
  });
});
