import { termRoutes } from '@/components/term-routes';

const routes = termRoutes('tags', 'tag');

// Pages up to siteConfig.prerenderedListPages are built; later ones render on first request, then stay cached.
export const dynamic = 'force-static';
export const dynamicParams = true;
export const generateStaticParams = routes.generatePagedStaticParams;
export const generateMetadata = routes.generateMetadata;
export default routes.TermPage;
