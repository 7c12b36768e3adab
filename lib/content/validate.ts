import { defaultPostReadContext, parsePostFile, type PostFrontMatter, type PostReadContext } from './front-matter';
import { repeatedNameSlugs } from './post-names';
import type { ContentProblem } from './problems';
import { reservedRedirectProblems } from './reserved-paths';

export type SourceFile = { file: string; source: string };
export type ValidPost = {
  file: string;
  frontMatter: PostFrontMatter;
  body: string;
  source: string;
  /** Line of the file on which the body starts, to report body problems by file line. */
  bodyStartLine: number;
};

function bodyStartLine(source: string, body: string): number {
  return source.endsWith(body) ? source.slice(0, source.length - body.length).split('\n').length : 1;
}

export type ValidateOptions = {
  /** Top-level names in public/ (lib/content/reserved-paths.ts `listPublicEntries`), which redirects may not shadow. */
  publicEntries?: readonly string[];
  /** How dates read (defaults to the content folder's jekyll.json); the collection's repeated names are added here. */
  context?: PostReadContext;
};

/**
 * Checks every post file and the collection as a whole (slugs must be unique,
 * redirects may not shadow a site address), returning all problems at once.
 */
export function validatePosts(
  files: readonly SourceFile[],
  options: ValidateOptions = {},
): { posts: ValidPost[]; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const posts: ValidPost[] = [];
  const repeatedNames = repeatedNameSlugs(files.map((f) => f.file));
  const context: PostReadContext = { ...(options.context ?? defaultPostReadContext()), repeatedNames };
  for (const { file, source } of files) {
    const parsed = parsePostFile(file, source, context);
    problems.push(...parsed.problems);
    if (parsed.frontMatter) {
      posts.push({ file, source, frontMatter: parsed.frontMatter, body: parsed.body, bodyStartLine: bodyStartLine(source, parsed.body) });
    }
  }

  for (const post of posts) {
    const repeated = repeatedNames.get(post.file);
    if (!repeated || post.frontMatter.slug !== repeated.slug) continue;
    problems.push({
      file: post.file,
      line: 1,
      field: 'slug',
      message: `${repeated.first} と同じ名前の記事です。Jekyll では日付で別の URL でしたが、ここでは /posts/${repeated.slug} で公開します（変えるなら slug: を指定してください）`,
      severity: 'warning',
    });
  }

  const bySlug = new Map<string, ValidPost[]>();
  for (const post of posts) {
    bySlug.set(post.frontMatter.slug, [...(bySlug.get(post.frontMatter.slug) ?? []), post]);
  }
  for (const [slug, owners] of bySlug) {
    if (owners.length < 2) continue;
    for (const owner of owners) {
      const others = owners.filter((o) => o !== owner).map((o) => o.file);
      problems.push({
        file: owner.file,
        line: 1,
        field: 'slug',
        message: `スラッグ「${slug}」が重複しています（${others.join('、')} と同じ URL /posts/${slug} になります）`,
        severity: 'error',
      });
    }
  }
  problems.push(...reservedRedirectProblems(posts, options.publicEntries ?? []));
  return { posts, problems };
}
