import { termFeedRoute } from '@/app/_lib/feed-routes';

const route = termFeedRoute('categories', 'category');

export const dynamic = 'force-static';
export const dynamicParams = false;
export const generateStaticParams = route.generateStaticParams;
export const GET = route.GET;
