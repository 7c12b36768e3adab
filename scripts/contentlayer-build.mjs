/**
 * `contentlayer2 build` without the CLI's fiber tracing.
 *
 * The CLI's first import switches on Effect's execution tracing. With it, every
 * fiber fork copies the parent fiber's trace buffer, and the buffer of the fiber
 * that processes all documents keeps growing (entries without a source location
 * never count towards its limit), so the build time grows with the square of the
 * number of posts: 5,000 posts spent 38 of 139 s copying traces. This runs the
 * same steps as the CLI's BuildCommand (config → generate → report) with tracing
 * left off, which is Effect's default.
 */
import * as core from '@contentlayer2/core';
import { pipe, T } from '@contentlayer2/utils/effect';

const program = pipe(
  core.getConfig({}),
  T.chain((config) => core.generateDotpkg({ config, verbose: false })),
  T.tap(core.logGenerateInfo),
);

await pipe(program, core.runMain({ tracingServiceName: 'contentlayer-build', verbose: false }));
