/**
 * `{% post_url 2014-03-01-ruby %}` and `{% link _posts/2014-03-01-ruby.md %}`
 * name a post by its Jekyll file name; on this site the post lives at
 * `/posts/<slug>`. This is the one lookup from a Jekyll post name to that URL.
 * The slug rule is passed in, so the content step can apply the same rule the
 * validation uses (same-name posts on different dates get distinct slugs).
 */
import { postPath } from '../../urls/routes';
import { postSlug } from '../../urls/segments';

/** A Jekyll post name (`2014-03-01-ruby`, `_posts/2014-03-01-ruby.md`, `tech/2014-03-01-ruby`) → its URL here, or undefined. */
export type PostUrlResolver = (name: string) => string | undefined;

const EXTENSION = /\.(md|markdown)$/i;

/** `_posts/tech/2014-03-01-ruby.md` → `2014-03-01-ruby`: Jekyll's post_url matches by the file's base name. */
export function jekyllPostName(reference: string): string {
  const base = reference.trim().split(/[\\/]/).pop() ?? '';
  return base.replace(EXTENSION, '');
}

/** The resolver for a list of post files (paths as listPostFiles gives them); `slugOf` defaults to the file-name rule. */
export function postUrlResolver(files: readonly string[], slugOf: (file: string) => string = (file) => postSlug(file)): PostUrlResolver {
  const byName = new Map<string, string>();
  for (const file of files) {
    const name = jekyllPostName(file);
    // Two files with one base name in different folders: Jekyll would refuse to choose; the first (sorted) is kept.
    if (!byName.has(name)) byName.set(name, file);
  }
  return (reference) => {
    const file = byName.get(jekyllPostName(reference));
    return file === undefined ? undefined : postPath(slugOf(file));
  };
}
