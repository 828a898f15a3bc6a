import type { Condition } from '../../../shared/domain/walk/enums';
import type { WalkSnapshot } from '../../../shared/domain/walk/snapshot';
import type { z } from 'zod';

export type Assessment = WalkSnapshot['conditionAssessments'][number];
export type ConditionKey = z.infer<typeof Condition>;
/** Each condition is scored 0 (absent) … 3 (met). */
export const MAX_SCORE = 3;
