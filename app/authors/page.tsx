import { indexRoute } from '@/app/_lib/index-route';

const route = indexRoute('authors');

export const generateMetadata = route.generateMetadata;
export default route.IndexPage;
