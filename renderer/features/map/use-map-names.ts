import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

export type CollegeRef = { collegeKey: string | null; collegeLabel: string; collegeIndex: number };
export type KindRef = { key: string | null; label: string } | undefined;

/** Collège, relation-kind and status names in the current language (defaults by key, custom ones as typed). */
export function useMapNames() {
  const { t } = useTranslation();
  const collegeName = useCallback(
    (n: CollegeRef) =>
      n.collegeIndex < 0 ? t('map.legend.noCollege') : n.collegeKey ? t(`map.colleges.${n.collegeKey}`, { defaultValue: n.collegeLabel || n.collegeKey }) : n.collegeLabel,
    [t],
  );
  const kindName = useCallback((k: KindRef) => (!k ? t('map.noKind') : k.key ? t(`map.kinds.${k.key}`, { defaultValue: k.label || k.key }) : k.label), [t]);
  const statusName = useCallback((s: string) => t(`map.statuses.${s}`), [t]);
  return { collegeName, kindName, statusName };
}
export type MapNames = ReturnType<typeof useMapNames>;
