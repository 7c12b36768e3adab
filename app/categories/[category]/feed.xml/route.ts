import { termFeedRoute } from '@/app/_lib/feed-routes';

const route = termFeedRoute('categories', 'category');

// Static once rendered: every term's feed on its first request (then cached).
export const dynamic = 'force-static';
export const dynamicParams = true;
export const generateStaticParams = route.generateStaticParams;
export const GET = route.GET;
