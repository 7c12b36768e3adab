/**
 * `npm run cards [-- --refresh]` — run online, on a writer's machine, after adding a
 * bare URL to a post: stores link-card data in content/link-cards.json and images
 * under public/embeds/ (see scripts/cards/update-cards.ts). The build reads only
 * what this wrote and never touches the network.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { CONTENT_DIR } from '../lib/config';
import { updateLinkCards } from './cards/update-cards';

const { values } = parseArgs({ options: { refresh: { type: 'boolean', default: false } } });
const result = await updateLinkCards({ contentDir: CONTENT_DIR, publicDir: path.resolve('public'), refresh: values.refresh });
if (result.failed.length > 0) process.exitCode = 1;
