import { listRoute } from '@/app/_lib/list-route';

const route = listRoute('authors');

// Pages up to siteConfig.prerenderedListPages (the first) are built; later ones render on first request, then stay cached.
export const dynamic = 'force-static';
export const dynamicParams = true;
export const generateStaticParams = route.generatePagedStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.ListPage;
