/**
 * Liquid as Jekyll rendered it, run over an imported post's body before the
 * Markdown: `{% highlight %}` becomes a fenced code block (highlighted by the
 * pipeline's Shiki step), `{% post_url %}` and `{% link %}` become this site's
 * post URLs, `{% include %}` inlines the old site's `_includes/` file, `site.url`
 * and friends point at this site, and `assign`/`if`/`for`/filters are evaluated
 * by liquidjs itself. A tag this site cannot render is dropped and counted, so
 * the importer can report it and `npm run check` can warn with its line.
 *
 * The body is untrusted: liquidjs runs with parse, render-time and memory
 * limits, reads no file outside the includes folder, and any failure renders
 * the post with every Liquid tag removed instead of stalling or failing the build.
 * Rendering is synchronous, like the rest of deriving a post's fields.
 */
import { readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { IncludeTag, Liquid, Tag, Tokenizer, TypeGuards, type Context, type Emitter, type FS, type TagToken, type Template, type TopLevelToken } from 'liquidjs';
import type { Parser } from 'liquidjs';
import { siteConfig } from '../../config';
import { CONTENT_LIMITS } from '../limits';
import { protectCode } from './protect-code';
import type { PostUrlResolver } from './post-urls';

export type LiquidSite = {
  /** This site's origin (siteConfig.url): what `site.url` and `absolute_url` give. */
  url: string;
  title: string;
  description: string;
};

export type JekyllLiquidContext = {
  site: LiquidSite;
  /** Resolves `post_url` and `link`; a function so the list of posts is read only by a post that uses them. */
  postUrls: () => PostUrlResolver;
  /** The old site's `_includes/` as copied into the project (JekyllSettings.includesDir). */
  includesDir?: string;
};

/** What the post's own front matter offers as `page.*`. */
export type LiquidPage = Record<string, unknown>;

/** A problem for `npm run check`: the line within the body (1-based) and what happened. */
export type LiquidProblem = { line: number; message: string };

export type LiquidResult = {
  markdown: string;
  /** Tags that could not be rendered, by name, with how often: the importer's report. */
  unrendered: Record<string, number>;
  problems: LiquidProblem[];
};

/** Only posts that contain Liquid are run through it: every other post's output stays byte for byte the same. */
export function looksLikeLiquid(body: string): boolean {
  return body.includes('{%') || body.includes('{{');
}

/** Limits on one post's Liquid. Real posts use a fraction of each; past them the post renders with its tags removed. */
export const LIQUID_LIMITS = {
  /** Characters liquidjs parses in one template (the body is already at most CONTENT_LIMITS.bodyLength). */
  parseLength: CONTENT_LIMITS.bodyLength * 2,
  /** Wall time for one render: a last guard, far above any real post (they take milliseconds). */
  renderMilliseconds: 2_000,
  /** liquidjs' memory units (characters of strings and items of ranges it builds). */
  memory: 20_000_000,
  /** Characters of the rendered Markdown: `for` loops can repeat text, but not past this. */
  outputLength: CONTENT_LIMITS.bodyLength * 2,
  /** Includes inside includes. */
  includeDepth: 10,
  /** Bytes of one include file. */
  includeFileBytes: 200_000,
} as const;

// ---------------------------------------------------------------- render state

/** The render in progress. Rendering is synchronous, so one at a time per thread. */
type RenderState = {
  context: JekyllLiquidContext;
  unrendered: Record<string, number>;
  problems: LiquidProblem[];
  lineAt: (token: TopLevelToken | TagToken) => number;
  restore: (text: string) => string;
  includeDepth: number;
};

let active: RenderState | undefined;

function state(): RenderState {
  if (!active) throw new Error('Liquid tag rendered outside renderJekyllLiquid');
  return active;
}

function dropTag(token: TagToken, message: string, name = token.name): void {
  const current = state();
  current.unrendered[name] = (current.unrendered[name] ?? 0) + 1;
  current.problems.push({ line: current.lineAt(token), message });
}

// ---------------------------------------------------------------- tags

const LANGUAGE = /^[A-Za-z0-9_+#.-]+$/;

function longestBacktickRun(text: string): number {
  let longest = 0;
  let run = 0;
  for (const char of text) {
    run = char === '`' ? run + 1 : 0;
    if (run > longest) longest = run;
  }
  return longest;
}

/** The blanks before a tag that starts its line (inside a list item, say), or undefined for a tag in the middle of a line. */
function lineIndent(token: TagToken): string | undefined {
  let start = token.begin;
  while (start > 0 && (token.input[start - 1] === ' ' || token.input[start - 1] === '\t')) start--;
  return start === 0 || token.input[start - 1] === '\n' ? token.input.slice(start, token.begin) : undefined;
}

function endsLine(token: TagToken): boolean {
  return token.end >= token.input.length || token.input[token.end] === '\n' || token.input[token.end] === '\r';
}

/**
 * `{% highlight ruby linenos %}…{% endhighlight %}` → a fenced block with the
 * language (line numbers are not shown). Its body is Liquid, as in Jekyll, so
 * a `{% raw %}` inside keeps Liquid in the code literal.
 */
class HighlightTag extends Tag {
  protected templates: Template[] = [];
  protected language: string | undefined;
  private close: TagToken | undefined;

  constructor(token: TagToken, remainTokens: TopLevelToken[], liquid: Liquid, parser: Parser) {
    super(token, remainTokens, liquid);
    this.language = this.languageOf(token.args.trim());
    const endName = `end${token.name}`;
    while (remainTokens.length) {
      const next = remainTokens.shift() as TopLevelToken;
      if (TypeGuards.isTagToken(next) && next.name === endName) {
        this.close = next;
        return;
      }
      this.templates.push(parser.parseToken(next, remainTokens));
    }
    throw new Error(`tag ${token.getText()} not closed`);
  }

  protected languageOf(args: string): string | undefined {
    const first = args.split(/\s+/)[0]?.replace(/^["']|["']$/g, '');
    return first && LANGUAGE.test(first) ? first : undefined;
  }

  *render(ctx: Context): Generator<unknown, string, string> {
    const body = (yield this.liquid.renderer.renderTemplates(this.templates, ctx)) as string;
    // Jekyll drops the blank lines right after the opening tag and before the closing one.
    const code = body.replace(/^(?:[ \t]*\r?\n)+/, '').trimEnd();
    const fence = '`'.repeat(Math.max(3, longestBacktickRun(state().restore(code)) + 1));
    const indent = lineIndent(this.token as TagToken);
    const before = indent === undefined ? '\n' : '';
    const after = this.close && endsLine(this.close) ? '' : '\n';
    // An indented tag (in a list item) keeps the block in the item: the code and the closing fence get its indent.
    const margin = indent ?? '';
    const indented = margin === '' ? code : code.split('\n').map((line) => (line === '' || line.startsWith(margin) ? line : margin + line)).join('\n');
    return `${before}${fence}${this.language ?? ''}\n${indented}\n${margin}${fence}${after}`;
  }
}

/** Octopress' `{% codeblock lang:ruby title %}` and `{% codeblock hello.rb %}`. */
class CodeblockTag extends HighlightTag {
  protected languageOf(args: string): string | undefined {
    const named = /(?:^|\s)lang:(\S+)/.exec(args)?.[1];
    const fromFile = /\.([A-Za-z0-9]+)(?:\s|$)/.exec(args)?.[1];
    const language = named ?? fromFile;
    return language && LANGUAGE.test(language) ? language : undefined;
  }
}

function unquote(value: string): string {
  return value.trim().replace(/^(["'])(.*)\1$/, '$2');
}

/** `{% post_url 2014-03-01-ruby %}` → `/posts/ruby`. */
class PostUrlTag extends Tag {
  render(): string {
    const token = this.token as TagToken;
    const name = unquote(token.args);
    const url = state().context.postUrls()(name);
    if (url === undefined) dropTag(token, `{% post_url ${name} %} の記事が見つからないため、リンク先を空にしました`);
    return url ?? '';
  }
}

const PAGE_FILE = /\.(md|markdown|html?)$/i;

/** `{% link _posts/2014-03-01-ruby.md %}` → the post; `{% link assets/paper.pdf %}` → `/assets/paper.pdf` (the importer copies assets to the same paths). */
class LinkTag extends Tag {
  render(): string {
    const token = this.token as TagToken;
    const target = unquote(token.args);
    const isPost = /(^|\/)_posts\//.test(target) || /^\d{4}-\d{1,2}-\d{1,2}-/.test(path.posix.basename(target));
    if (isPost) {
      const url = state().context.postUrls()(target);
      if (url !== undefined) return url;
    } else if (!PAGE_FILE.test(target) && !target.includes('{{')) {
      return `/${target.replace(/^\/+/, '')}`;
    }
    dropTag(token, `{% link ${target} %} のページはこのサイトにないため、リンク先を空にしました`);
    return '';
  }
}

const GIST = /^(?:([A-Za-z0-9-]+)\/)?([0-9a-f]+|[A-Za-z0-9_-]+)(?:\s+(\S+))?$/;

/** `{% gist user/1234abcd file.rb %}` → a link to the gist (the page never loads another site's script). */
class GistTag extends Tag {
  render(): string {
    const token = this.token as TagToken;
    const match = GIST.exec(unquote(token.args));
    if (!match) {
      dropTag(token, `{% gist ${token.args.trim()} %} は Gist の ID として読めないため取り除きました`);
      return '';
    }
    const [, user, id, file] = match;
    const fragment = file ? `#file-${file.toLowerCase().replace(/[^a-z0-9]+/g, '-')}` : '';
    return `https://gist.github.com/${user ? `${user}/` : ''}${id}${fragment}`;
  }
}

const YOUTUBE_ID = /^[A-Za-z0-9_-]{6,20}$/;

/** `{% youtube dQw4w9WgXcQ %}` → the video's URL alone on its line, which the site's YouTube step turns into a player (or a link). */
class YoutubeTag extends Tag {
  render(): string {
    const token = this.token as TagToken;
    const arg = unquote(token.args.trim().split(/\s+/)[0] ?? '');
    const fromUrl = /(?:[?&]v=|youtu\.be\/|\/embed\/)([A-Za-z0-9_-]+)/.exec(arg)?.[1];
    const id = fromUrl ?? arg;
    if (!YOUTUBE_ID.test(id)) {
      dropTag(token, `{% youtube ${token.args.trim()} %} は動画 ID として読めないため取り除きました`);
      return '';
    }
    return `\n\nhttps://www.youtube.com/watch?v=${id}\n\n`;
  }
}

/** `{% include file.html param="…" %}` from the includes folder; a missing file is dropped with a warning, not a failed build. */
class JekyllIncludeTag extends IncludeTag {
  *render(ctx: Context, emitter: Emitter): Generator<unknown, void, unknown> {
    const token = this.token as TagToken;
    const current = state();
    if (!current.context.includesDir) {
      dropTag(token, `{% include ${token.args.trim()} %}: 取り込む _includes/ がないため取り除きました`);
      return;
    }
    if (current.includeDepth >= LIQUID_LIMITS.includeDepth) {
      dropTag(token, `{% include ${token.args.trim()} %}: include が ${LIQUID_LIMITS.includeDepth} 段を超えて入れ子になっているため取り除きました`);
      return;
    }
    current.includeDepth++;
    try {
      yield* super.render(ctx, emitter) as Generator<unknown, void, unknown>;
    } catch (error) {
      if ((error as { code?: string }).code !== 'ENOENT' && !/ENOENT/.test(String(error))) throw error;
      dropTag(token, `{% include ${token.args.trim()} %}: _includes/ にファイルがないため取り除きました`);
    } finally {
      current.includeDepth--;
    }
  }
}

/** Any tag this site has no rendering for: dropped, counted, warned about. */
class DroppedTag extends Tag {
  render(): string {
    const token = this.token as TagToken;
    // `{% endblockquote %}` closes a dropped `{% blockquote %}`: one tag, counted once.
    if (token.name.startsWith('end') && this.liquid.tags[token.name.slice(3)] === DroppedTag) return '';
    dropTag(token, `Liquid タグ {% ${token.name} %} はこのサイトでは表示できないため取り除きました`);
    return '';
  }
}

// ---------------------------------------------------------------- filters

function relativeUrl(value: unknown): string {
  const input = String(value ?? '');
  if (/^[a-z][a-z0-9+.-]*:/i.test(input) || input.startsWith('//')) return input;
  return `/${input.replace(/^\/+/, '')}`;
}

const JEKYLL_FILTERS: Record<string, (value: unknown, ...args: unknown[]) => unknown> = {
  relative_url: relativeUrl,
  absolute_url: (value) => {
    const url = relativeUrl(value);
    return url.startsWith('/') && !url.startsWith('//') ? `${state().context.site.url}${url}` : url;
  },
  // Markdown is rendered after Liquid anyway.
  markdownify: (value) => String(value ?? ''),
  xml_escape: (value) => String(value ?? '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;'),
  cgi_escape: (value) => encodeURIComponent(String(value ?? '')).replace(/%20/g, '+'),
  uri_escape: (value) => encodeURI(String(value ?? '')),
  jsonify: (value) => JSON.stringify(value ?? null),
  slugify: (value) => String(value ?? '').normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, ''),
  number_of_words: (value) => String(value ?? '').split(/\s+/).filter(Boolean).length,
  array_to_sentence_string: (value) => (Array.isArray(value) ? value.join('、') : String(value ?? '')),
  date_to_xmlschema: (value) => {
    const date = new Date(String(value));
    return Number.isNaN(date.getTime()) ? String(value ?? '') : date.toISOString();
  },
};

// ---------------------------------------------------------------- engine

/**
 * The includes folder as liquidjs' file system: only regular files inside the
 * folder (after resolving symlinks), up to a size, are ever read.
 */
function includesFileSystem(includesDir: string | undefined, onRead: (source: string) => void): FS {
  let root: string | undefined;
  try {
    root = includesDir ? realpathSync(includesDir) : undefined;
  } catch {
    root = undefined; // a folder named in jekyll.json that is not there: every include is missing
  }
  const inside = (file: string): string | undefined => {
    if (!root) return undefined;
    try {
      const real = realpathSync(file);
      return real.startsWith(root + path.sep) && statSync(real).isFile() && statSync(real).size <= LIQUID_LIMITS.includeFileBytes ? real : undefined;
    } catch {
      return undefined;
    }
  };
  const missing = (file: string) => Object.assign(new Error(`ENOENT: ${file}`), { code: 'ENOENT' });
  const read = (file: string) => {
    const real = inside(file);
    if (!real) throw missing(file);
    const source = readFileSync(real, 'utf8');
    onRead(source);
    return source;
  };
  return {
    sep: path.sep,
    resolve: (dir: string, file: string) => path.resolve(dir, file),
    existsSync: (file: string) => inside(file) !== undefined,
    exists: async (file: string) => inside(file) !== undefined,
    containsSync: (dir: string, file: string) => path.resolve(file).startsWith(path.resolve(dir) + path.sep),
    contains: async (dir: string, file: string) => path.resolve(file).startsWith(path.resolve(dir) + path.sep),
    readFileSync: read,
    readFile: async (file: string) => read(file),
    dirname: (file: string) => path.dirname(file),
  } as FS;
}

const BUILT_IN_TAGS = new Set(['assign', 'capture', 'case', 'comment', 'cycle', 'decrement', 'echo', 'for', 'break', 'continue', 'if', 'increment', 'liquid', 'raw', 'tablerow', 'unless', '#']);

/** Tags whose names an author can make up are registered as dropped tags on first sight; these names could not be own keys safely. */
const UNREGISTRABLE = new Set(['__proto__', 'constructor', 'prototype']);

const engines = new Map<string, Liquid>();

function registerUnknownTags(engine: Liquid, source: string): void {
  let tokens: TopLevelToken[];
  try {
    tokens = new Tokenizer(source, engine.options.operators).readTopLevelTokens(engine.options);
  } catch {
    return; // the parse that follows reports it
  }
  for (const token of tokens) {
    if (!TypeGuards.isTagToken(token)) continue;
    if (Object.hasOwn(engine.tags, token.name) || UNREGISTRABLE.has(token.name)) continue;
    // `endfoo` closing an unknown `foo` block is dropped too, leaving the block's text.
    engine.registerTag(token.name, DroppedTag);
  }
}

/** Tags this site renders itself; liquidjs' own `layout`, `block` and `render` read templates the way Jekyll never did, so they are dropped like any unknown tag. */
const SITE_TAGS: Record<string, Parameters<Liquid['registerTag']>[1]> = {
  highlight: HighlightTag,
  codeblock: CodeblockTag,
  post_url: PostUrlTag,
  link: LinkTag,
  gist: GistTag,
  youtube: YoutubeTag,
  include: JekyllIncludeTag,
};

function createEngine(includesDir: string | undefined): Liquid {
  const root = includesDir ? path.resolve(includesDir) : path.resolve('.liquid-no-includes');
  const engine: Liquid = new Liquid({
    root: [root],
    partials: [root],
    layouts: [root],
    // An include file's own unknown tags are registered as dropped when it is read, as the body's are.
    fs: includesFileSystem(includesDir, (source) => registerUnknownTags(engine, source)),
    relativeReference: false,
    jekyllInclude: true,
    // Jekyll reads `{% include note.html %}` as a file name (with `{{ }}` allowed in it), never as a variable.
    dynamicPartials: false,
    extname: '',
    cache: false,
    strictFilters: false,
    strictVariables: false,
    // `{{ x.constructor }}` and the like read nothing from prototypes.
    ownPropertyOnly: true,
    parseLimit: LIQUID_LIMITS.parseLength,
    renderLimit: LIQUID_LIMITS.renderMilliseconds,
    memoryLimit: LIQUID_LIMITS.memory,
    // Jekyll formatted dates in the site's zone; this site's is Japan time.
    timezoneOffset: siteConfig.timeZone,
  });
  for (const name of Object.keys(engine.tags)) {
    if (!BUILT_IN_TAGS.has(name)) engine.registerTag(name, DroppedTag);
  }
  for (const [name, tag] of Object.entries(SITE_TAGS)) engine.registerTag(name, tag);
  for (const [name, filter] of Object.entries(JEKYLL_FILTERS)) engine.registerFilter(name, filter);
  return engine;
}

function engineFor(includesDir: string | undefined): Liquid {
  const key = includesDir ? path.resolve(includesDir) : '';
  let engine = engines.get(key);
  if (!engine) {
    engine = createEngine(includesDir);
    engines.set(key, engine);
  }
  return engine;
}

// ---------------------------------------------------------------- fallback

const TAG_NAME = /^\{%-?\s*([\w-]+)/;
const END_RAW = /\{%-?\s*endraw\s*-?%\}/g;

/**
 * When Liquid cannot run (a limit reached, an error while rendering), every tag
 * and output is removed and the text of `raw` blocks kept; `highlight` and
 * `codeblock` still become fenced code, so their `# comments` do not turn into
 * headings. One forward scan: each search resumes where the last one ended.
 */
export function stripLiquid(text: string, count: (name: string) => void): string {
  // The next position of each delimiter at or after `from`, remembered: a search never goes over the same text twice.
  const found = new Map<string, number>();
  const nextIndex = (needle: string, from: number) => {
    const known = found.get(needle);
    if (known !== undefined && (known === -1 || known >= from)) return known;
    const at = text.indexOf(needle, from);
    found.set(needle, at);
    return at;
  };
  let out = '';
  let i = 0;
  while (i < text.length) {
    const tag = nextIndex('{%', i);
    const output = nextIndex('{{', i);
    const next = tag === -1 ? output : output === -1 ? tag : Math.min(tag, output);
    if (next === -1) {
      out += text.slice(i);
      break;
    }
    out += text.slice(i, next);
    const isTag = next === tag;
    const close = nextIndex(isTag ? '%}' : '}}', next + 2);
    if (close === -1) {
      // An unclosed `{%` or `{{` loses its two characters; the rest is text.
      i = next + 2;
      continue;
    }
    i = close + 2;
    if (!isTag) continue;
    const markup = text.slice(next, Math.min(close + 2, next + 200));
    const name = TAG_NAME.exec(markup)?.[1] ?? '';
    if (name === 'raw') {
      END_RAW.lastIndex = i;
      const end = END_RAW.exec(text);
      out += text.slice(i, end ? end.index : text.length);
      i = end ? end.index + end[0].length : text.length;
    } else if (name === 'highlight' || name === 'codeblock') {
      const language = /^\{%-?\s*\w+\s+(?:lang:)?([A-Za-z0-9_+#.-]+)/.exec(markup)?.[1] ?? '';
      out += `${out === '' || out.endsWith('\n') ? '' : '\n'}\`\`\`${language}`;
    } else if (name === 'endhighlight' || name === 'endcodeblock') {
      out += `${out.endsWith('\n') ? '' : '\n'}\`\`\``;
    } else if (name) {
      count(name);
    }
  }
  return out;
}

// ---------------------------------------------------------------- entry point

function lineLocator(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  };
}

/** How many tags that Liquid cannot parse (an unclosed block, a malformed include) are cut out, one at a time, before giving up on Liquid for the post. */
const MAX_PARSE_REPAIRS = 50;

/**
 * The tag around a parse error: the error names the tag itself or a token inside
 * it. Returns [start, end) of the `{% … %}` to cut out.
 */
function tagAround(text: string, offset: number): [number, number] | undefined {
  const start = text.startsWith('{%', offset) ? offset : text.lastIndexOf('{%', offset);
  if (start === -1) return undefined;
  const close = text.indexOf('%}', start + 2);
  return [start, close === -1 ? start + 2 : close + 2];
}

function withoutRange(text: string, [start, end]: [number, number]): string {
  // The tag's own line breaks stay, so lines keep their numbers.
  return text.slice(0, start) + '\n'.repeat(text.slice(start, end).split('\n').length - 1) + text.slice(end);
}

/** The post's body with its Liquid rendered; only call it for bodies that looksLikeLiquid. */
export function renderJekyllLiquid(body: string, context: JekyllLiquidContext, page: LiquidPage = {}): LiquidResult {
  const code = protectCode(body);
  let text = code.text;
  let lineOf = lineLocator(text);
  const unrendered: Record<string, number> = {};
  const problems: LiquidProblem[] = [];
  const count = (name: string) => (unrendered[name] = (unrendered[name] ?? 0) + 1);
  const engine = engineFor(context.includesDir);
  const current: RenderState = {
    context,
    unrendered,
    problems,
    // A token of an included file has that file as its input; its problem is reported at the body's first line.
    lineAt: (token) => (token.input === text ? lineOf(token.begin) : 1),
    restore: code.restore,
    includeDepth: 0,
  };
  const previous = active;
  active = current;
  try {
    let templates: Template[] | undefined;
    for (let repairs = 0; !templates; repairs++) {
      try {
        registerUnknownTags(engine, text);
        templates = engine.parse(text);
      } catch (error) {
        const token = (error as { token?: TopLevelToken }).token;
        const range = token && token.input === text && repairs < MAX_PARSE_REPAIRS ? tagAround(text, token.begin) : undefined;
        if (!range) throw error;
        const name = TAG_NAME.exec(text.slice(range[0], Math.min(range[1], range[0] + 100)))?.[1] ?? '{%';
        count(name);
        problems.push({ line: lineOf(range[0]), message: `Liquid タグ ${text.slice(range[0], Math.min(range[1], range[0] + 80))} を解釈できないため取り除きました（${firstLine(error)}）` });
        text = withoutRange(text, range);
        lineOf = lineLocator(text);
      }
    }
    const rendered = engine.renderSync(templates, {
      site: { url: context.site.url, baseurl: '', title: context.site.title, description: context.site.description, posts: [], tags: {}, categories: {} },
      page,
      BASE_PATH: '',
    }) as string;
    const markdown = code.restore(String(rendered));
    if (markdown.length > LIQUID_LIMITS.outputLength) {
      throw new Error(`出力が ${LIQUID_LIMITS.outputLength} 文字を超えました`);
    }
    return { markdown, unrendered, problems };
  } catch (error) {
    const token = (error as { token?: TopLevelToken }).token;
    const fallbackCounts: Record<string, number> = {};
    const markdown = code.restore(stripLiquid(text, (name) => (fallbackCounts[name] = (fallbackCounts[name] ?? 0) + 1)));
    return {
      markdown,
      unrendered: fallbackCounts,
      problems: [{ line: token && token.input === text ? lineOf(token.begin) : 1, message: `Liquid を解釈できなかったため、タグをすべて取り除いて表示します（${firstLine(error)}）` }],
    };
  } finally {
    active = previous;
  }
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0];
}

/**
 * `{ tag name: count }` of the Liquid tags in a body that this site could not
 * render (dropped tags, missing includes, unresolved post_url/link). What the
 * importer prints as "Liquid tags it could not render".
 */
export function unrenderedLiquidTags(body: string, context: JekyllLiquidContext, page: LiquidPage = {}): Record<string, number> {
  return looksLikeLiquid(body) ? renderJekyllLiquid(body, context, page).unrendered : {};
}
