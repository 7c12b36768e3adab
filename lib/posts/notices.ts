/**
 * What a post must tell its readers before they read it: the investment notice
 * (posts in siteConfig.investmentCategories, unless `disclaimer: false`) and,
 * for a sponsored post, that it is PR (Japan's stealth-marketing rules).
 */
import { categorySlug } from '../urls/segments';
import type { PostSummary } from './query';

/** Whether the post carries the investment notice. Categories are compared by URL segment, as the site groups them (`投資分析` = `投資分析 `). */
export function showsInvestmentNotice(
  post: Pick<PostSummary, 'categories' | 'disclaimer'>,
  investmentCategories: readonly string[],
): boolean {
  if (post.disclaimer === false) return false;
  const investment = new Set(investmentCategories.map(categorySlug));
  return post.categories.some((category) => investment.has(categorySlug(category)));
}

/** Whether the post is labelled 「PR」 wherever it appears. */
export function isSponsored(post: Pick<PostSummary, 'sponsored'>): boolean {
  return post.sponsored === true;
}
