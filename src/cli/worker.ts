// Worker thread: runs jobs sent by pool.ts and posts each result back.
import { parentPort } from 'node:worker_threads';
import { type Job, runJob } from './job.js';
import { compileRegexesEagerly } from './regex-engine.js';

compileRegexesEagerly();

parentPort?.on('message', async (job: Job) => {
  parentPort?.postMessage(await runJob(job));
});
