import type { ProgressEvent, ProgressPhase } from '../../../shared/events';

export interface Job {
  signal: AbortSignal;
  progress(phase: ProgressPhase, done: number, total: number): void;
}

/** Cancels remembered for jobs not started yet (a cancel can overtake its request). */
const EARLY_CANCELS = 64;

/**
 * Long file work the windows can follow and stop: each job has a client-chosen id, reports its
 * progress as events (at most one per percent and phase) and stops when `cancel(id)` aborts it.
 */
export class Jobs {
  private readonly running = new Map<string, AbortController>();
  private readonly cancelledEarly = new Set<string>();
  private readonly listeners = new Set<(e: ProgressEvent) => void>();

  async run<T>(jobId: string | undefined, work: (job: Job) => Promise<T>): Promise<T> {
    const controller = new AbortController();
    if (jobId && this.cancelledEarly.delete(jobId)) controller.abort();
    if (jobId) this.running.set(jobId, controller);
    let last = '';
    const progress = (phase: ProgressPhase, done: number, total: number) => {
      if (!jobId) return;
      const percent = total > 0 ? Math.floor((done / total) * 100) : 0;
      const key = `${phase}:${percent}`;
      if (key === last) return;
      last = key;
      for (const l of this.listeners) l({ type: 'progress', jobId, phase, done, total });
    };
    try {
      return await work({ signal: controller.signal, progress });
    } finally {
      if (jobId) this.running.delete(jobId);
    }
  }

  /** Stops a job; true when it was running (one not started yet is stopped as it starts). */
  cancel(jobId: string): boolean {
    const controller = this.running.get(jobId);
    if (controller) {
      controller.abort();
      return true;
    }
    this.cancelledEarly.add(jobId);
    if (this.cancelledEarly.size > EARLY_CANCELS) this.cancelledEarly.delete(this.cancelledEarly.values().next().value!);
    return false;
  }

  onProgress(listener: (e: ProgressEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
