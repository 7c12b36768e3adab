import { indexRoute } from '@/app/_lib/index-route';

const route = indexRoute('categories');

export const generateMetadata = route.generateMetadata;
export default route.IndexPage;
