import { laterPageNumbers } from '@/lib/post-query';
import { getAuthorPage, getAuthors } from '@/lib/posts';

export { default, generateMetadata } from '../../page';

export const dynamicParams = false;

export function generateStaticParams() {
  return getAuthors().flatMap((author) => laterPageNumbers(getAuthorPage(author.slug, 1).totalPages).map((page) => ({ author: author.slug, page })));
}
