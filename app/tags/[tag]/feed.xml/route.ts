import { termFeedRoute } from '@/app/_lib/feed-routes';

const route = termFeedRoute('tags', 'tag');

export const dynamic = 'force-static';
export const dynamicParams = false;
export const generateStaticParams = route.generateStaticParams;
export const GET = route.GET;
