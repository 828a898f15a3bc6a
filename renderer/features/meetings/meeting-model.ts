import { MeetingKind } from '../../../shared/domain/walk/enums';
import type { WalkSnapshot } from '../../../shared/domain/walk/snapshot';

export type Meeting = WalkSnapshot['meetings'][number];
export type Decision = WalkSnapshot['decisions'][number];

export const meetingKinds = MeetingKind.options;

/** A decision is overdue when its due date is past and it is not done (as in the walk's progress). */
export const isOverdue = (d: Decision, today: string) => !d.done && d.dueDate !== null && d.dueDate < today;
