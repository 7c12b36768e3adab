import { listRoute } from '@/app/_lib/list-route';

const route = listRoute('series');

export const dynamicParams = false;
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.ListPage;
