import type { Database } from 'better-sqlite3';
import { AppError } from '../../../shared/errors';
import type { Row } from '../entities/repository';
import type { CrudHooks } from './crud';

/** An action cannot end before it starts, whichever of the two dates is being changed. */
export const actionHooks: CrudHooks = {
  beforeWrite(_db: Database, values: Row, before: Row | null) {
    const start = 'startDate' in values ? values.startDate : before?.startDate;
    const end = 'endDate' in values ? values.endDate : before?.endDate;
    if (typeof start === 'string' && typeof end === 'string' && end < start) {
      throw new AppError('invalid-input', { path: 'endDate' in values ? 'endDate' : 'startDate', detail: 'the end is before the start' });
    }
  },
};
