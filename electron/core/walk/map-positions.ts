import type { Database } from 'better-sqlite3';
import { AppError } from '../../../shared/errors';
import { stmt } from '../db/statements';

/**
 * Places several participations of one operation on its map (keeping a computed layout). Every
 * id must belong to the operation; the caller wraps this in one change, so one undo restores all.
 */
export function setMapPositions(db: Database, operationId: string, positions: { id: string; x: number; y: number }[]): Record<string, never> {
  const update = stmt(db, 'UPDATE participations SET map_x = ?, map_y = ? WHERE id = ? AND operation_id = ?');
  for (const p of positions) {
    if (update.run(p.x, p.y, p.id, operationId).changes !== 1) throw new AppError('not-found', { id: p.id });
  }
  return {};
}
