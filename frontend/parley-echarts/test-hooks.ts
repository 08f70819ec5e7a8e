/**
 * Methods the browser tests and benchmarks call on the element (through Playwright's page.evaluate), installed
 * on its prototype here so that no production path depends on them: they only read the chart. The browser tests
 * run against the normal development bundle, so they are installed there too.
 */
import { DIMMED } from './dimming';
import { ParleyECharts } from './element';
import { exportObservers } from './export';
import { type DrawnLine, drawnLines, lineBox } from './text-boxes';
import { type Box, type Drawn, type SeriesDataView, itemOf, modelOf } from './types';

declare module './element' {
  interface ParleyECharts {
    /**
     * How strongly an item is drawn now (its element's opacity), found by data index or by `id`/name; with
     * `edge`, the graph link with that index.
     */
    strengthOf(seriesIndex: number, dataIndexOrId: number | string, edge?: boolean): number | null;
    /** Pixel position [x, y] inside this element of a data item, found by data index or by `id`/name. */
    pixelOf(seriesIndex: number, dataIndexOrId: number | string): number[] | null;
    /** The lines of text the last exported image drew, as its renderer positioned them (empty before one). */
    lastExportTexts(): DrawnLine[];
    /** Every line of text drawn now, with its box in chart pixels. */
    drawnTexts(): ({ text: string } & Box)[];
    /** The plot area of the first grid, in chart pixels. */
    plotRect(): Box | null;
  }
}

function opacityOf(el: Drawn | undefined): number | null {
  if (!el) {
    return null;
  }
  if (el.style && !el.isGroup) {
    return el.style.opacity ?? 1;
  }
  for (const child of el.childrenRef?.() ?? []) {
    const o = opacityOf(child);
    if (o !== null) {
      return o;
    }
  }
  return null;
}

function indexOf(data: SeriesDataView, dataIndexOrId: number | string): number {
  if (typeof dataIndexOrId === 'number') {
    return dataIndexOrId;
  }
  for (let i = 0; i < data.count(); i++) {
    if (data.getId(i) === dataIndexOrId || data.getName(i) === dataIndexOrId) {
      return i;
    }
  }
  return -1;
}

function isPoint(value: unknown): value is number[] {
  return Array.isArray(value) && value.length === 2 && value.every((v) => typeof v === 'number');
}

/** As drawn: a graph item under the highlight's veil shows at most DIMMED of its own strength. */
function strengthOf(this: ParleyECharts, seriesIndex: number, dataIndexOrId: number | string, edge = false) {
  const series = modelOf(this.chart)?.getSeriesByIndex(seriesIndex);
  const data = edge ? series?.getEdgeData?.() : series?.getData();
  const index = data ? indexOf(data, dataIndexOrId) : -1;
  const own = data && index >= 0 ? opacityOf(data.getItemGraphicEl(index)) : null;
  if (own === null || !series || series.subType !== 'graph') {
    return own;
  }
  let ends: { node1: number; node2: number } | undefined;
  series.getGraph?.().eachEdge((e) => {
    if (edge && e.dataIndex === index) {
      ends = { node1: e.node1.dataIndex, node2: e.node2.dataIndex };
    }
  });
  const raw = edge ? index : series.getData().getRawIndex(index);
  return this.marks.veiled(seriesIndex, raw, ends) ? Math.min(own, DIMMED) : own;
}

function pixelOf(this: ParleyECharts, seriesIndex: number, dataIndexOrId: number | string): number[] | null {
  const chart = this.chart;
  const series = modelOf(chart)?.getSeriesByIndex(seriesIndex);
  if (!chart || !series) {
    return null;
  }
  const data = series.getData();
  const index = indexOf(data, dataIndexOrId);
  if (index < 0 || index >= data.count()) {
    return null;
  }
  const finder = { seriesIndex };
  const layout = data.getItemLayout(index);
  if (series.subType === 'graph') {
    return isPoint(layout) ? chart.convertToPixel(finder, layout) : null;
  }
  const value = itemOf(data.getRawDataItem(index)).value;
  if (series.subType === 'custom' && Array.isArray(value)) {
    return chart.convertToPixel(finder, [(Number(value[0]) + Number(value[1])) / 2, Number(value[2])]);
  }
  if (isPoint(layout)) {
    return layout;
  }
  if (layout !== null && typeof layout === 'object' && 'x' in layout && typeof layout.x === 'number') {
    const box = layout as { x: number; y: number; width: number; height: number };
    return [box.x + box.width / 2, box.y + box.height / 2];
  }
  return Array.isArray(value)
    ? chart.convertToPixel(finder, value.map((v) => (typeof v === 'string' ? v : Number(v)))) : null;
}

const lastExport = new WeakMap<HTMLElement, DrawnLine[]>();

function lastExportTexts(this: ParleyECharts): DrawnLine[] {
  return lastExport.get(this) ?? [];
}

function drawnTexts(this: ParleyECharts): ({ text: string } & Box)[] {
  return this.chart ? drawnLines(this.chart).map(({ line }) => ({ text: line.text, ...lineBox(line) })) : [];
}

function plotRect(this: ParleyECharts): Box | null {
  const grid = modelOf(this.chart)?.getComponent('grid', 0) as unknown as
    { coordinateSystem?: { getRect(): { x: number; y: number; width: number; height: number } } } | undefined;
  const rect = grid?.coordinateSystem?.getRect();
  return rect ? { left: rect.x, top: rect.y, right: rect.x + rect.width, bottom: rect.y + rect.height } : null;
}

export function installTestHooks(): void {
  Object.assign(ParleyECharts.prototype, { strengthOf, pixelOf, lastExportTexts, drawnTexts, plotRect });
  exportObservers.laidOut = (host, chart) => lastExport.set(host, drawnLines(chart).map(({ line }) => line));
}
