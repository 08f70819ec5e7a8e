/**
 * Which names a chart shows: the timeline's label plan (row by row, as its renderer draws) and the graph's names
 * (largest node first, each where it overlaps no earlier one). Both measure the text in its font and place it on the
 * geometry of the chart they run on, so an export, drawn at its own size, gets its own placement.
 */
import type { ECharts } from 'echarts/core';
import { DEFAULT_FONT, lineHeight, textWidth } from './text-metrics';
import { type Box, type Drawn, type SeriesView, displayListOf, overlaps } from './types';

/** Where a timeline label goes: right of its item, left of it (at the plot's right edge), or nowhere. */
export type LabelSide = 'right' | 'left' | null;

/**
 * Which timeline labels fit: decided once per zoom level, left to right within each row (lane and slot), so a
 * label that would overlap an earlier one in its row is left out and a dense period stays readable. A label stays
 * inside the plot: one that would cross its right edge goes to the left of its item, when it fits there.
 */
export class LabelPlan {
  private extent = '';
  private readonly taken = new Map<string, Box[]>();
  private readonly shown = new Map<string, LabelSide>();

  /**
   * Labels are compared by their boxes within a lane, not by slot: events in clusters of different sizes share a
   * lane, and a slot of one cluster can sit at the height of another slot of the next.
   *
   * @param right the label's span [start, end] when drawn right of the item
   * @param left the same when drawn left of it
   * @param plot the plot's span [left, right]
   * @param rows the label's span [top, bottom]
   */
  side(extentKey: string, itemKey: string, laneKey: string, right: [number, number], left: [number, number],
    plot: [number, number], rows: [number, number]): LabelSide {
    if (extentKey !== this.extent) {
      this.extent = extentKey;
      this.taken.clear();
      this.shown.clear();
    }
    const known = this.shown.get(itemKey);
    if (known !== undefined) {
      return known;
    }
    const taken = this.taken.get(laneKey) ?? [];
    // two pixels apart at least, as before; rows only touching do not collide
    const boxOf = ([x0, x1]: [number, number]): Box => ({ left: x0 - 1, right: x1 + 1, top: rows[0] + 0.5,
      bottom: rows[1] - 0.5 });
    const free = (span: [number, number]) => span[0] >= plot[0] && span[1] <= plot[1]
      && !taken.some((box) => overlaps(box, boxOf(span)));
    const side: LabelSide = free(right) ? 'right' : free(left) ? 'left' : null;
    if (side) {
      taken.push(boxOf(side === 'right' ? right : left));
      this.taken.set(laneKey, taken);
    }
    this.shown.set(itemKey, side);
    return side;
  }
}

/** A highlight tries to name at most this many graph nodes (the largest), each where its name fits. */
const MAX_LABEL_CANDIDATES = 200;
/** Gap between a node and its name on the right: ECharts' default label distance. */
const LABEL_DISTANCE = 5;
/** Free room around each name, so that two names never touch. */
export const LABEL_MARGIN = 1;

/** The axis-aligned box of a local rectangle under a transform [a, b, c, d, e, f] (none: the identity). */
export function transformedBox(x: number, y: number, width: number, height: number,
  m: ArrayLike<number> | null | undefined): Box {
  if (!m) {
    return { left: x, top: y, right: x + width, bottom: y + height };
  }
  const xs: number[] = [];
  const ys: number[] = [];
  for (const [px, py] of [[x, y], [x + width, y], [x, y + height], [x + width, y + height]]) {
    xs.push(m[0] * px + m[2] * py + m[4]);
    ys.push(m[1] * px + m[3] * py + m[5]);
  }
  return { left: Math.min(...xs), top: Math.min(...ys), right: Math.max(...xs), bottom: Math.max(...ys) };
}

/** The element that carries a drawn item's label: the item itself or, in a symbol group, its shape. */
export function labelHost(el: Drawn | undefined): Drawn | undefined {
  if (!el || el.getTextContent?.()) {
    return el;
  }
  for (const child of el.childrenRef?.() ?? []) {
    const host = labelHost(child);
    if (host) {
      return host;
    }
  }
  return undefined;
}

/**
 * Where a node's name is drawn: to the right of its drawn shape (as zrender places a label at 'right'), vertically
 * centred, as wide and high as the name in the label's font.
 */
function nameBox(host: Drawn, name: string): Box | null {
  const rect = host.getBoundingRect?.();
  if (!rect) {
    return null;
  }
  const shape = transformedBox(rect.x, rect.y, rect.width, rect.height, host.transform);
  const font = host.getTextContent?.()?.style?.font ?? DEFAULT_FONT;
  const height = lineHeight(font);
  const left = shape.right + (host.textConfig?.distance ?? LABEL_DISTANCE);
  const middle = (shape.top + shape.bottom) / 2;
  return {
    left: left - LABEL_MARGIN,
    top: middle - height / 2 - LABEL_MARGIN,
    right: left + textWidth(name, font) + LABEL_MARGIN,
    bottom: middle + height / 2 + LABEL_MARGIN,
  };
}

function sizeOf(series: SeriesView, index: number): number {
  const size = series.getData().getItemVisual(index, 'symbolSize');
  return Number(Array.isArray(size) ? size[0] : size) || 0;
}

/**
 * Which of the given graph nodes can show their names without overlapping, with the box each name takes: the largest
 * first, each name where no earlier one is, on the chart's drawn geometry. ECharts' own overlap hiding is not used: it runs only when it lays
 * the chart out (not for a highlight), counts the hidden hover labels every node has (see GraphSeries) as taken,
 * and measures a line's height as the width of '国' (a few pixels without a CJK font), so rows never collide.
 * `transformsCurrent`: nothing has moved since the chart was last drawn (a highlight after another), so the drawn
 * elements' transforms are those it drew with. `lit`: the candidates are a highlight, whose hub (the selected actor)
 * is named before any larger node: among fifty lit neighbours, larger ones nearby would otherwise take its place.
 */
export function graphNamesThatFit(chart: ECharts, series: SeriesView, candidates: Iterable<number>,
  transformsCurrent = false, lit = false): Map<number, Box> {
  const data = series.getData();
  if (!transformsCurrent) {
    // brings the drawn elements' transforms up to date with the current layout and roam (15 ms for 5,000 elements)
    displayListOf(chart);
  }
  const ranked = [...candidates].filter((i) => i < data.count()).map((i) => ({ i, size: sizeOf(series, i) }))
    .sort((a, b) => b.size - a.size).slice(0, MAX_LABEL_CANDIDATES);
  const hub = lit ? hubOf(series, new Set(ranked.map(({ i }) => i))) : undefined;
  if (hub !== undefined) {
    ranked.unshift(...ranked.splice(ranked.findIndex(({ i }) => i === hub), 1));
  }
  const taken: Box[] = [];
  const named = new Map<number, Box>();
  for (const { i } of ranked) {
    const host = labelHost(data.getItemGraphicEl(i));
    const box = host ? nameBox(host, String(data.getName(i))) : null;
    if (box && !taken.some((t) => overlaps(t, box))) {
      taken.push(box);
      named.set(i, box);
    }
  }
  return named;
}

/**
 * The candidate linked to the most other candidates, when that is at least two: the actor a highlight is about (the
 * selected one, whose neighbours are lit with it, or the middle of a path).
 */
function hubOf(series: SeriesView, candidates: Set<number>): number | undefined {
  const degree = new Map<number, number>();
  series.getGraph?.().eachEdge((edge) => {
    const a = edge.node1.dataIndex;
    const b = edge.node2.dataIndex;
    if (a !== b && candidates.has(a) && candidates.has(b)) {
      degree.set(a, (degree.get(a) ?? 0) + 1);
      degree.set(b, (degree.get(b) ?? 0) + 1);
    }
  });
  let hub: number | undefined;
  let most = 1;
  for (const [node, links] of degree) {
    if (links > most) {
      hub = node;
      most = links;
    }
  }
  return hub;
}
