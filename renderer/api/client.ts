import { api, type MethodInput, type MethodName, type MethodOutput } from '../../shared/api';
import { EnvelopeSchema, type ApiError } from '../../shared/envelope';
import { AppEventSchema, type AppEvent } from '../../shared/events';
import type { Transport } from './transport';

export class ApiCallError extends Error {
  constructor(readonly error: ApiError) {
    super(error.message);
    this.name = 'ApiCallError';
  }
}

/** Told when a write starts and ends, so the window can show "saving…" then "saved". */
export interface WriteObserver {
  started(method: MethodName): void;
  finished(method: MethodName, error: ApiError | null): void;
}

export interface Client {
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
  on(listener: (event: AppEvent) => void): () => void;
  onStatus(listener: (connected: boolean) => void): () => void;
}

/** The typed face of the one API: `call('operations.create', {...})` checked against shared/api.ts. */
export function createClient(transport: Transport, observer?: WriteObserver): Client {
  return {
    async call(method, input) {
      const writes = api[method].writes;
      if (writes) observer?.started(method);
      const parsed = EnvelopeSchema.safeParse(await transport.call(method, input));
      const envelope = parsed.success
        ? parsed.data
        : { ok: false as const, error: { code: 'internal' as const, message: 'malformed reply' } };
      if (writes) observer?.finished(method, envelope.ok ? null : envelope.error);
      if (!envelope.ok) throw new ApiCallError(envelope.error);
      return envelope.value as MethodOutput<typeof method>;
    },
    on(listener) {
      return transport.on((raw) => {
        const event = AppEventSchema.safeParse(raw);
        if (event.success) listener(event.data);
      });
    },
    onStatus: (listener) => transport.onStatus(listener),
  };
}
