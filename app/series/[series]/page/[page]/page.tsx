import { listRoute } from '@/app/_lib/list-route';

const route = listRoute('series');

// Every page of a series is built (a series is short), so unknown pages are Next's own uncached 404.
export const dynamicParams = false;
export const generateStaticParams = route.generatePagedStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.ListPage;
