/**
 * Dimmed items: on the drawn elements (graph and custom series, changed in place) and as dimmed copies of series
 * data (small series, and every series of an export).
 */
import { type Drawn, type ItemJson, type SeriesJson, asList, itemOf } from './types';

/** Opacity of items outside a highlight. */
export const DIMMED = 0.15;

/** Sets a drawn item (a group, a shape and its label) to an opacity, and shows or hides its label. */
export function setStrength(el: Drawn | null | undefined, opacity: number, showLabel?: boolean): void {
  if (!el) {
    return;
  }
  if (el.style && el.style.opacity !== opacity) {
    el.style.opacity = opacity;
    el.markRedraw();
  }
  const text = el.getTextContent?.();
  if (text) {
    if (text.style && text.style.opacity !== opacity) {
      text.style.opacity = opacity;
      text.markRedraw();
    }
    if (showLabel !== undefined && text.ignore === showLabel) {
      text.ignore = !showLabel;
      text.markRedraw();
    }
  }
  el.childrenRef?.().forEach((child) => setStrength(child, opacity, showLabel));
}

function withLabel(item: unknown, show: boolean): ItemJson {
  const copy = { ...itemOf(item) };
  copy.label = { ...(copy.label ?? {}), show };
  return copy;
}

function withOpacity(item: unknown, key: 'itemStyle' | 'lineStyle', opacity: number): ItemJson {
  const copy = { ...itemOf(item) };
  copy[key] = { ...(copy[key] ?? {}), opacity };
  copy.label = { ...(copy.label ?? {}), opacity };
  return copy;
}

/** A series option with every item but the lit raw indices dimmed (graph links: lit when both ends are). */
export function dimmedCopy(s: SeriesJson, lit: Set<number>): SeriesJson {
  const isGraph = s.type === 'graph';
  const litIds = new Set<string>();
  const next: SeriesJson = {
    ...s,
    data: asList(s.data).map((d, i) => {
      if (lit.has(i)) {
        const o = itemOf(d);
        litIds.add(String(o.id ?? o.name));
        return isGraph ? withLabel(d, true) : d;
      }
      const dim = withOpacity(d, 'itemStyle', DIMMED);
      return isGraph ? withLabel(dim, false) : dim;
    }),
  };
  const links = s.links ?? s.edges;
  if (links) {
    next.links = links.map((l) => {
      const link = itemOf(l);
      return litIds.has(String(link.source)) && litIds.has(String(link.target))
        ? l : withOpacity(l, 'lineStyle', DIMMED);
    });
    delete next.edges;
  }
  return next;
}
