// The saga's task list for the jobs platform: each task parses its payload and runs its step.
import type { JobsDeclaration } from '@shop/services-platform/jobs';
import { chargePayment } from './charge-step.js';
import { reserveStock } from './reserve-step.js';
import { sagaTasks, stepPayload, type StepPayload } from './saga-jobs.js';
import type { SagaDeps } from './saga-deps.js';
import { commitStock, refundPayment, releaseStock } from './settle-steps.js';
import { expireOrder, shipOrder } from './timer-steps.js';

type Step = (deps: SagaDeps, payload: StepPayload) => Promise<void>;

const steps: Record<(typeof sagaTasks)[keyof typeof sagaTasks], Step> = {
  [sagaTasks.reserve]: reserveStock,
  [sagaTasks.charge]: chargePayment,
  [sagaTasks.commit]: commitStock,
  [sagaTasks.release]: releaseStock,
  [sagaTasks.refund]: refundPayment,
  [sagaTasks.ship]: shipOrder,
  [sagaTasks.expire]: expireOrder,
};

/** The jobs declaration of the order service: every saga step, `concurrency` at once. */
export function sagaJobs(deps: SagaDeps, concurrency: number): JobsDeclaration {
  const tasks = Object.fromEntries(
    Object.entries(steps).map(([name, step]) => [name, (payload: unknown) => step(deps, stepPayload.parse(payload))]),
  );
  return { tasks, concurrency };
}
