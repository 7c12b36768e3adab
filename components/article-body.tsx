/**
 * The HTML was produced at build time by lib/markdown/render.ts and already
 * sanitised there (GitHub's schema), which is what makes this safe to inject.
 */
export function ArticleBody({ html }: { html: string }) {
  return <div className="article-body" data-pagefind-body dangerouslySetInnerHTML={{ __html: html }} />;
}
