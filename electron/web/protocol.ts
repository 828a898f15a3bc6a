import { z } from 'zod';

/** Messages on the browser-mode WebSocket. Requests are validated; the dispatcher validates inputs. */
export const WsRequestSchema = z.object({
  id: z.number().int().nonnegative(),
  method: z.string().max(100),
  input: z.unknown(),
});
