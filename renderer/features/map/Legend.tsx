import { shapePath } from './map-style';
import type { LegendModel } from './legend-model';

/** The legend on screen, drawn from the same model as the exported files' legend. */
export function Legend({ model }: { model: LegendModel }) {
  return (
    <div className="map-legend panel" role="region" aria-label={model.title}>
      <h3>{model.title}</h3>
      {model.sections.map((section) => (
        <section key={section.heading}>
          <h4>{section.heading}</h4>
          <ul>
            {section.items.map(({ key, swatch, text }) => (
              <li key={key}>
                {swatch && 'shape' in swatch && (
                  <svg width="16" height="16" aria-hidden="true">
                    <path d={shapePath(swatch.shape, 16)} fill={swatch.fill ?? undefined} className={swatch.fill ? 'map-legend-shape' : 'map-legend-neutral'} />
                  </svg>
                )}
                {swatch && 'line' in swatch && (
                  <svg width="24" height="10" aria-hidden="true">
                    <line x1="0" y1="5" x2="24" y2="5" style={{ stroke: swatch.line }} strokeWidth="3" strokeDasharray={swatch.dashed ? '5 3' : undefined} />
                  </svg>
                )}
                {swatch && 'line' in swatch && swatch.mark && <span className={`map-edge-mark legend ${swatch.mark === '↑' ? 'is-strengthen' : 'is-weaken'}`}>{swatch.mark}</span>}
                {text}
              </li>
            ))}
          </ul>
        </section>
      ))}
      {model.notes.map((n) => (
        <p key={n.key} data-testid={`map-legend-${n.key}`}>
          {n.text}
        </p>
      ))}
    </div>
  );
}
