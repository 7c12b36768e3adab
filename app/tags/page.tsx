import { indexRoute } from '@/app/_lib/index-route';

const route = indexRoute('tags');

export const generateMetadata = route.generateMetadata;
export default route.IndexPage;
