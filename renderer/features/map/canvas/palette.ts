import { useEffect, useState } from 'react';
import { KIND_VARIABLES } from '../map-style';

/** The theme's map colours as canvas can use them (canvas does not resolve CSS custom properties). */
export interface Palette {
  kinds: string[];
  kindNone: string;
  text: string;
  surface: string;
  focus: string;
  ok: string;
  danger: string;
  change: { added: string; strengthened: string; weakened: string };
}

export function readPalette(element: Element): Palette {
  const style = getComputedStyle(element);
  const v = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    kinds: Array.from({ length: KIND_VARIABLES }, (_, i) => v(`--map-kind-${i}`, '#555')),
    kindNone: v('--map-kind-none', '#777'),
    text: v('--text', '#111'),
    surface: v('--surface', '#fff'),
    focus: v('--focus', '#1a73e8'),
    ok: v('--ok', '#1d6b35'),
    danger: v('--danger', '#b3261e'),
    change: { added: v('--map-added', 'rgb(199 80 0 / 0.28)'), strengthened: v('--map-strengthened', 'rgb(29 107 53 / 0.25)'), weakened: v('--map-weakened', 'rgb(179 38 30 / 0.25)') },
  };
}

/** The palette of the current theme, read again whenever the theme (html[data-theme]) changes. */
export function usePalette(): Palette | null {
  const [palette, setPalette] = useState<Palette | null>(null);
  useEffect(() => {
    const root = document.documentElement;
    const read = () => setPalette(readPalette(root));
    read();
    const observer = new MutationObserver(read);
    observer.observe(root, { attributes: true, attributeFilter: ['data-theme', 'class', 'style'] });
    return () => observer.disconnect();
  }, []);
  return palette;
}
