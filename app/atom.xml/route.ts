import { siteFeedRoute } from '@/lib/feed-routes';

export const dynamic = 'force-static';
export const GET = siteFeedRoute('atom');
