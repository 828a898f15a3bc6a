import type { WalkSnapshot } from '../../../shared/domain/walk/snapshot';
import type { AnalysisView } from './analysis-engine';

export type Name = { short: string; full: string };

/** What every tab of the analysis screen gets. */
export interface PanelProps {
  analysis: AnalysisView;
  nameOf: (id: string) => Name;
  snapshot: WalkSnapshot;
  fmt: (v: number) => string;
}

export function collegeName(t: (k: string, o?: Record<string, unknown>) => string, snapshot: WalkSnapshot, id: string | null): string {
  if (id === null) return t('analysis.noCollege');
  const c = snapshot.colleges.find((x) => x.id === id);
  if (!c) return '?';
  return c.key ? t(`stakeholders.colleges.${c.key}`, { defaultValue: c.label || c.key }) : c.label;
}
