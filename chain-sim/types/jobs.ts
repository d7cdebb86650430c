/**
 * A completed job as other modules see it: the jobs module reports it (JobHooks) and the
 * emissions module turns it into points. Shared here so that neither imports the other.
 */
export interface CompletedJob {
  readonly jobId: bigint;
  readonly printerId: string;
  readonly customer: string;
  /** What the printer earned of the price: price − customer refund. */
  readonly value: bigint;
  readonly quantity: number;
  readonly unitsCompleted: number;
  readonly firstAttempt: boolean;
  readonly onTime: boolean;
  readonly acceptMs: number;
  readonly gramsEstimated: bigint;
  readonly gramsUsed: bigint;
  readonly printSeconds: number;
  /** The customer's quality score; undefined when confirmed automatically or arbitrated. */
  readonly quality: number | undefined;
}
