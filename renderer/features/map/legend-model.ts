import type { TFunction } from 'i18next';
import { RelationStatus } from '../../../shared/domain/walk/enums';
import type { WalkSnapshot } from '../../../shared/domain/walk/snapshot';
import { collegeColour, collegeShape, communityColour, kindColour, type Shape } from './map-style';
import type { MapNames } from './use-map-names';

/** One line of the legend: a shape (fill null: neutral, shape only), a line, or text alone. */
export type LegendSwatch = { shape: Shape; fill: string | null } | { line: string; dashed: boolean; mark?: string } | null;
export interface LegendModel {
  title: string;
  sections: { heading: string; items: { key: string; swatch: LegendSwatch; text: string }[] }[];
  /** Lines of text after the sections: what size, stance and arrows mean. */
  notes: { key: string; text: string }[];
}

interface Input {
  lists: Pick<WalkSnapshot, 'colleges' | 'relationKinds'>;
  names: MapNames;
  t: TFunction;
  /** What size means. */
  sizeText: string;
  /** Sizes of the Louvain communities when colouring by community; null when colouring by collège. */
  communities: number[] | null;
}

/** What the map's shapes, colours, sizes and lines mean: drawn on screen (Legend) and in exported files. */
export function legendModel({ lists, names, t, sizeText, communities }: Input): LegendModel {
  const colleges = [...lists.colleges.map((c, i) => ({ collegeKey: c.key, collegeLabel: c.label, collegeIndex: i })), { collegeKey: null, collegeLabel: '', collegeIndex: -1 }];
  const sections: LegendModel['sections'] = [
    {
      heading: communities ? t('map.legend.collegeShapes') : t('map.legend.colleges'),
      items: colleges.map((c) => ({
        key: `college-${c.collegeIndex}`,
        swatch: { shape: collegeShape(c.collegeIndex), fill: communities ? null : collegeColour(c.collegeIndex) },
        text: names.collegeName(c),
      })),
    },
  ];
  if (communities) {
    sections.push({
      heading: t('map.legend.communities'),
      items: communities.map((count, i) => ({
        key: `community-${i}`,
        swatch: { shape: 'square', fill: communityColour(i) },
        text: t('map.legend.community', { label: t('map.community.short', { number: i + 1 }), number: i + 1, count }),
      })),
    });
  }
  sections.push(
    { heading: t('map.legend.kinds'), items: lists.relationKinds.map((k, i) => ({ key: k.id, swatch: { line: kindColour(i), dashed: false }, text: names.kindName(k) })) },
    {
      heading: t('map.legend.statuses'),
      items: RelationStatus.options.map((s) => ({
        key: s,
        swatch: { line: 'var(--text-muted)', dashed: s === 'to_create', mark: s === 'to_strengthen' ? '↑' : s === 'to_weaken' ? '↓' : undefined },
        text: t(`map.statuses.${s}`),
      })),
    },
  );
  return {
    title: t('map.legend.title'),
    sections,
    notes: [
      { key: 'size', text: sizeText },
      { key: 'stance', text: t('map.legend.stance') },
      { key: 'arrow', text: t('map.legend.arrow') },
    ],
  };
}
