import { termRoutes } from '@/components/term-routes';

const routes = termRoutes('categories', 'category');

export const dynamicParams = false;
export const generateStaticParams = routes.generatePagedStaticParams;
export const generateMetadata = routes.generateMetadata;
export default routes.TermPage;
