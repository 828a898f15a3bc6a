import { v7 as uuidv7 } from 'uuid';

/**
 * UUID v7 ids, as `uuid` makes them (time first, then a counter within the millisecond, so ids
 * made in a row sort in that order), with random bytes drawn 4 KB at a time: `uuid` asks the
 * system's generator for each id, a fifth of a bulk import's time. Give `uuid` the bytes and it
 * drops its counter, so the counter is kept here, as `uuid` keeps it.
 */
const pool = new Uint8Array(4096);
let drawn = pool.length;
const state = { msecs: -Infinity, seq: 0 };

export function newId(): string {
  if (drawn + 16 > pool.length) {
    crypto.getRandomValues(pool);
    drawn = 0;
  }
  const random = pool.subarray(drawn, (drawn += 16));
  const now = Date.now();
  if (now > state.msecs) {
    state.msecs = now;
    state.seq = ((random[6]! & 0x7f) << 24) | (random[7]! << 16) | (random[8]! << 8) | random[9]!;
  } else if ((state.seq = (state.seq + 1) | 0) === 0) {
    state.msecs++;
  }
  return uuidv7({ random, msecs: state.msecs, seq: state.seq });
}
