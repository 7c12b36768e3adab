/**
 * Imported first by build scripts that render React to markup outside Next (the search
 * step's index documents): React picks its development or production build when it is
 * first loaded, by NODE_ENV, and tsx sets none. The development build renders the same
 * markup about twice as slowly (10,000 index documents: 3.3 s of a warm search step,
 * BENCHMARKS.md). An import runs before the importing module's own code, so this must
 * stay the first import.
 */
if (!process.env.NODE_ENV) Object.assign(process.env, { NODE_ENV: 'production' });
