/**
 * KaTeX's stylesheet (and its fonts, served from public/katex/), for the posts
 * whose article has math only. React puts a `<link rel="stylesheet">` with a
 * precedence into <head>; a CSS import would go into every post's bundle.
 */
export const KATEX_STYLESHEET = '/katex/katex.min.css';

export function MathStyles() {
  return <link rel="stylesheet" href={KATEX_STYLESHEET} precedence="default" />;
}
