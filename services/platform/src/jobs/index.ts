// Durable jobs (graphile-worker): runner, enqueue-in-transaction, dead letters.
export { startJobRunner, type JobRunner, type JobsDeclaration } from './job-runner.js';
export { startWorkerLiveness, type WorkerLiveness, type WorkerLivenessOptions } from './worker-liveness.js';
export { addJob, type AddJobOptions } from './add-job.js';
export { listDeadLetters, replayDeadLetters, type DeadLetter } from './dead-letters.js';
