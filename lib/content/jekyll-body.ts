/**
 * An imported Jekyll post's body → the Markdown this site renders: Liquid first
 * (only for bodies that contain `{%` or `{{`), then kramdown's differences from
 * CommonMark (lib/markdown/kramdown.ts). The one place both the content step
 * (prepare-post.ts) and `npm run check` (checks.ts) turn a body into Markdown,
 * so what is checked is what is rendered.
 */
import { siteConfig, CONTENT_DIR } from '../config';
import { normalizeKramdown } from '../markdown/kramdown';
import { readFileSync } from 'node:fs';
import { postSlug } from '../urls/segments';
import { listPostFiles } from './files';
import { parsePostFile, type PostFrontMatter } from './front-matter';
import { postPath } from '../urls/routes';
import { readJekyllSettings, type JekyllSettings } from './jekyll-settings';
import { postUrlResolver, type PostUrlResolver } from './liquid/post-urls';
import { looksLikeLiquid, renderJekyllLiquid, type JekyllLiquidContext, type LiquidPage, type LiquidResult } from './liquid/render-liquid';

export type JekyllBodyContext = { settings: JekyllSettings; liquid: JekyllLiquidContext };

export type PreparedBody = { markdown: string; liquid?: LiquidResult };

/**
 * The context for the posts of `contentDir`: its jekyll.json, and post URLs
 * from its list of post files. `slugOf` is the slug rule for `post_url`; by
 * default the slug the linked post's own front matter gives (the file name, or
 * its `slug:`), read only for posts that are linked to. The list of posts is
 * read only when a post first uses `post_url` or `link`.
 */
export function createJekyllBodyContext(contentDir: string = CONTENT_DIR, slugOf?: (file: string) => string): JekyllBodyContext {
  const settings = readJekyllSettings(contentDir);
  let resolver: PostUrlResolver | undefined;
  return {
    settings,
    liquid: {
      site: { url: siteConfig.url, title: siteConfig.name, description: siteConfig.description },
      postUrls: () => (resolver ??= postUrlResolver(listPostFiles(contentDir), slugOf ?? slugFromFrontMatter)),
      includesDir: settings.includesDir,
    },
  };
}

function slugFromFrontMatter(file: string): string {
  try {
    return parsePostFile(file, readFileSync(file, 'utf8')).frontMatter?.slug ?? postSlug(file);
  } catch {
    return postSlug(file);
  }
}

let defaultContext: JekyllBodyContext | undefined;

/** The context of the configured content folder (CONTENT_DIR), made once per process. */
export function defaultJekyllBodyContext(): JekyllBodyContext {
  defaultContext ??= createJekyllBodyContext();
  return defaultContext;
}

/** `page.*` for a post's Liquid: its front matter as Jekyll offered it, with this site's URL. */
export function liquidPage(frontMatter: PostFrontMatter): LiquidPage {
  return {
    title: frontMatter.title,
    date: frontMatter.date,
    categories: frontMatter.categories,
    tags: frontMatter.tags,
    author: frontMatter.author,
    excerpt: frontMatter.excerpt,
    slug: frontMatter.slug,
    url: postPath(frontMatter.slug),
  };
}

/** kramdown's per-post switch, `{::options parse_block_html="true" /}`, over the site's setting. */
const PARSE_BLOCK_HTML_OPTION = /\{::options\b[^}\n]{0,500}?parse_block_html\s*=\s*["']?(true|false)/;

export function prepareJekyllBody(body: string, context: JekyllBodyContext, page: LiquidPage = {}): PreparedBody {
  const liquid = looksLikeLiquid(body) ? renderJekyllLiquid(body, context.liquid, page) : undefined;
  const text = liquid?.markdown ?? body;
  const option = text.includes('{::options') ? PARSE_BLOCK_HTML_OPTION.exec(text)?.[1] : undefined;
  const parseBlockHtml = option === undefined ? context.settings.kramdown.parseBlockHtml : option === 'true';
  const markdown = normalizeKramdown(text, { parseBlockHtml });
  return { markdown, liquid };
}

/**
 * The importer's report: `{ tag name: count }` of the Liquid tags in one post
 * body that this site could not render (dropped tags, missing includes,
 * `post_url`/`link` to posts it does not have). Empty for a body without Liquid.
 */
export function unrenderedJekyllTags(body: string, context: JekyllBodyContext = defaultJekyllBodyContext(), page: LiquidPage = {}): Record<string, number> {
  return looksLikeLiquid(body) ? renderJekyllLiquid(body, context.liquid, page).unrendered : {};
}
