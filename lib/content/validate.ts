import { parsePostFile, type PostFrontMatter } from './front-matter';
import type { ContentProblem } from './problems';

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

/**
 * Checks every post file and the collection as a whole (slugs must be unique),
 * returning all problems at once.
 */
export function validatePosts(files: readonly SourceFile[]): { posts: ValidPost[]; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const posts: ValidPost[] = [];
  for (const { file, source } of files) {
    const parsed = parsePostFile(file, source);
    problems.push(...parsed.problems);
    if (parsed.frontMatter) {
      posts.push({ file, source, frontMatter: parsed.frontMatter, body: parsed.body, bodyStartLine: bodyStartLine(source, parsed.body) });
    }
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
  return { posts, problems };
}
