import { listRoute } from '@/app/_lib/list-route';

const route = listRoute('home');

export const generateMetadata = route.generateMetadata;
export default route.ListPage;
