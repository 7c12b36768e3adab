import { siteFeedRoute } from '@/app/_lib/feed-routes';

export const dynamic = 'force-static';
export const GET = siteFeedRoute('atom');
