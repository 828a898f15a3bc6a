import { useEffect, useRef, useState } from 'react';
import type { MethodInput } from '../../../shared/api';
import type { ProgressPhase } from '../../../shared/events';
import { useServices } from '../../app/services-context';
import { uploadFile } from './upload';

/** Where a long file job is: sending the file, the backend reading it, then checking the rows. */
export interface ImportProgress {
  step: 'upload' | ProgressPhase;
  done: number;
  total: number;
}

type JobInput<M extends 'files.preview' | 'files.import'> = Omit<MethodInput<M>, 'jobId'>;

/**
 * The import dialog's long work, one job at a time: uploading, previewing and importing, each
 * followed through progress (the upload's own, then the backend's progress events for its jobId)
 * and stopped by `cancel()`, which aborts the upload or asks the backend to cancel the job.
 */
export function useImportJobs() {
  const { client } = useServices();
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const current = useRef<{ controller: AbortController; jobId: string } | null>(null);

  useEffect(
    () =>
      client.on((e) => {
        if (e.type === 'progress' && e.jobId === current.current?.jobId) setProgress({ step: e.phase, done: e.done, total: e.total });
      }),
    [client],
  );

  async function track<T>(first: ImportProgress['step'], work: (signal: AbortSignal, jobId: string) => Promise<T>): Promise<T> {
    const job = { controller: new AbortController(), jobId: crypto.randomUUID() };
    current.current = job;
    setProgress({ step: first, done: 0, total: 0 });
    try {
      return await work(job.controller.signal, job.jobId);
    } finally {
      if (current.current === job) {
        current.current = null;
        setProgress(null);
      }
    }
  }

  return {
    progress,
    upload: (file: File) =>
      track('upload', (signal) => uploadFile(client, file, { signal, onProgress: (done, total) => setProgress({ step: 'upload', done, total }) })),
    preview: (input: JobInput<'files.preview'>) => track('read', (_s, jobId) => client.call('files.preview', { ...input, jobId })),
    importUpload: (input: JobInput<'files.import'>) => track('read', (_s, jobId) => client.call('files.import', { ...input, jobId })),
    /** Stops the job running now; the backend answers its request with `import-cancelled`. */
    cancel() {
      const job = current.current;
      if (!job) return;
      job.controller.abort();
      void client.call('files.cancel', { jobId: job.jobId }).catch(() => undefined);
    },
  };
}
