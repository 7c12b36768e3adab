import { laterPageNumbers } from '@/lib/post-query';
import { getAuthorPage, getAuthors } from '@/lib/posts';
import { siteConfig } from '@/lib/site';

export { default, generateMetadata } from '../../page';

// Pages up to siteConfig.prerenderedListPages are built; later ones render on first request, then stay cached.
export const dynamic = 'force-static';
export const dynamicParams = true;

export function generateStaticParams() {
  return getAuthors().flatMap((author) => laterPageNumbers(getAuthorPage(author.slug, 1).totalPages, siteConfig.prerenderedListPages).map((page) => ({ author: author.slug, page })));
}
