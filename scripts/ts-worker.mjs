// Worker threads do not inherit the parent's TypeScript loader; this entry loads the module named in workerData with tsx.
import { workerData } from 'node:worker_threads';
import { tsImport } from 'tsx/esm/api';

await tsImport(workerData.module, import.meta.url);
