import { useState } from 'react';
import type { ColourMode, SizeMetric } from '../../../shared/map/decorations';
import { noFilters, type MapFilters } from '../../../shared/map/filters';
import type { MapView } from '../../../shared/map/graph';

/** What the user chose to see on the map: the network, the filters, the panels shown, the decorations. */
export function useMapViewState() {
  const [view, setView] = useState<MapView>('as_is');
  const [legend, setLegend] = useState(true);
  const [showFilters, setShowFilters] = useState(false);
  const [filters, setFilters] = useState<MapFilters>(noFilters);
  const [sizeBy, setSizeBy] = useState<SizeMetric>('influence');
  const [colourBy, setColourBy] = useState<ColourMode>('college');
  return { view, setView, legend, setLegend, showFilters, setShowFilters, filters, setFilters, sizeBy, setSizeBy, colourBy, setColourBy };
}
export type MapViewState = ReturnType<typeof useMapViewState>;
