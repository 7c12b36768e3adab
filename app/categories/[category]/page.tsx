import { listRoute } from '@/app/_lib/list-route';

const route = listRoute('categories');

// The terms with the most posts are built (siteConfig.prerenderedTermPages); the others render on first request, then stay cached.
export const dynamic = 'force-static';
export const dynamicParams = true;
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.ListPage;
