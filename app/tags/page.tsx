import { termRoutes } from '@/components/term-routes';

const routes = termRoutes('tags', 'tag');

export const generateMetadata = routes.indexMetadata;
export default routes.IndexPage;
