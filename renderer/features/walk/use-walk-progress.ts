import { useMemo } from 'react';
import { walkProgress } from '../../../shared/domain/walk/progress';
import { useFeature } from '../../app/services-context';

const today = () => new Date().toISOString().slice(0, 10);

/** Where each step of the open operation stands, recomputed when its walk changes. */
export function useWalkProgress() {
  const snapshot = useFeature('walk', (s) => s.snapshot);
  return useMemo(() => (snapshot ? walkProgress(snapshot, today()) : null), [snapshot]);
}
