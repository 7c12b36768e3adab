import { indexRoute } from '@/app/_lib/index-route';

const route = indexRoute('series');

export const generateMetadata = route.generateMetadata;
export default route.IndexPage;
