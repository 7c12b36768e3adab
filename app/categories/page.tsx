import { termRoutes } from '@/components/term-routes';

const routes = termRoutes('categories', 'category');

export const generateMetadata = routes.indexMetadata;
export default routes.IndexPage;
