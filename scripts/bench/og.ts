/**
 * How long the share images take to render with the bundled Noto Sans JP (two
 * 5.5 MB TTFs): `npx tsx scripts/bench/og.ts`. Results go in BENCHMARKS.md.
 */
import { renderPostOgImage } from '../../lib/og/image';
import { readPostFiles } from '../../lib/content/files';
import { validatePosts } from '../../lib/content/validate';

const posts = validatePosts(readPostFiles('content')).posts.map((post) => post.frontMatter);
const times: number[] = [];
const started = performance.now();
for (const post of posts) {
  const t = performance.now();
  const response = await renderPostOgImage(post);
  await response.arrayBuffer();
  times.push(performance.now() - t);
}
const total = performance.now() - started;
const rest = times.slice(1).sort((a, b) => a - b);
console.log(
  `${posts.length} images: total ${total.toFixed(0)} ms, first ${times[0].toFixed(0)} ms (renderer start-up and font parsing), ` +
    `then median ${rest[Math.floor(rest.length / 2)].toFixed(0)} ms each`,
);
