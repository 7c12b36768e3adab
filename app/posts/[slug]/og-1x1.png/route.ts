import { shareImageRoute } from '@/app/_lib/share-image-route';

// Static once rendered: the newest posts' images at build time, the others on first request (then cached).
export const dynamic = 'force-static';
export const dynamicParams = true;

export const { generateStaticParams, GET } = shareImageRoute('1x1');
