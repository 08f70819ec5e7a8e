/**
 * <parley-echarts>: Parley's one wrapper around Apache ECharts (see dev.parley.chart.EChart).
 *
 * Server -> browser: JSON strings through setOption (full, replaces everything), updateOption (merge),
 * highlight/clearHighlight, zoomTo and exportImage.
 * Browser -> server: `parley-chart-click` {seriesId, dataType, id} and `parley-chart-range` {from, to}
 * (epoch millis, debounced).
 *
 * Text safety: data text reaches the page only as canvas/SVG text or through textContent. Tooltips are
 * built here from each data item's plain-text `tooltipLines` (never the key `tooltip`, which ECharts would
 * treat as a per-item HTML formatter template) and returned to ECharts as DOM nodes.
 */
import * as echarts from 'echarts/core';
import { BarChart, CustomChart, GraphChart, HeatmapChart, LineChart, ScatterChart } from 'echarts/charts';
import {
  BrushComponent,
  DataZoomInsideComponent,
  DataZoomSliderComponent,
  GraphicComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
  VisualMapComponent,
} from 'echarts/components';
import { LabelLayout } from 'echarts/features';
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers';

echarts.use([
  GraphChart, ScatterChart, CustomChart, BarChart, LineChart, HeatmapChart,
  TooltipComponent, LegendComponent, DataZoomInsideComponent, DataZoomSliderComponent, GridComponent,
  TitleComponent, VisualMapComponent, BrushComponent, GraphicComponent, MarkLineComponent,
  CanvasRenderer, SVGRenderer, LabelLayout,
]);

type Json = Record<string, any>;

function isArray(value: unknown): value is any[] {
  return Array.isArray(value);
}

/** How long zoom/brush gestures must pause before the range goes to the server. */
const RANGE_DEBOUNCE_MS = 200;
/** Opacity of items outside a highlight. */
const DIMMED = 0.15;

/** Named custom-series renderers: JSON cannot carry functions, so series name one of these instead. */
/**
 * Which timeline labels fit: decided once per zoom level, left to right within each row (lane and slot), so a
 * label that would overlap an earlier one in its row is left out and a dense period stays readable.
 */
class LabelPlan {
  private extent = '';
  private readonly rows = new Map<string, [number, number][]>();
  private readonly shown = new Map<string, boolean>();

  fits(extentKey: string, itemKey: string, rowKey: string, start: number, end: number, limit: number): boolean {
    if (extentKey !== this.extent) {
      this.extent = extentKey;
      this.rows.clear();
      this.shown.clear();
    }
    const known = this.shown.get(itemKey);
    if (known !== undefined) {
      return known;
    }
    const taken = this.rows.get(rowKey) ?? [];
    const fits = start < limit && taken.every(([a, b]) => end + 2 < a || start > b + 2);
    if (fits) {
      taken.push([start, end]);
      this.rows.set(rowKey, taken);
    }
    this.shown.set(itemKey, fits);
    return fits;
  }
}

const LABEL_FONT_PX = 11;
/** Rough width of a label character at LABEL_FONT_PX; a small overestimate keeps labels apart. */
const LABEL_CHAR_PX = 6.3;

/** What a custom series' renderer reads besides ECharts' api: the raw data and which raw indices are lit. */
interface CustomHolder {
  data: any[];
  /** Raw data indices at full strength while a highlight is shown; undefined when nothing is highlighted. */
  lit?: Set<number>;
}

const RENDERERS: Record<string, {
  renderItem: (params: any, api: any, holder: CustomHolder, labels: LabelPlan) => any;
  encode: Json;
}> = {
  /** A horizontal bar from value[0] to value[1] (time) on the category lane value[2]. */
  'parley-span': {
    encode: { x: [0, 1], y: 2 },
    renderItem(params: any, api: any) {
      const lane = api.value(2);
      const start = api.coord([api.value(0), lane]);
      const end = api.coord([api.value(1), lane]);
      const height = api.size([0, 1])[1] * 0.5;
      const shape = echarts.graphic.clipRectByRect(
        { x: start[0], y: start[1] - height / 2, width: Math.max(end[0] - start[0], 2), height },
        { x: params.coordSys.x, y: params.coordSys.y, width: params.coordSys.width, height: params.coordSys.height },
      );
      return shape && { type: 'rect', transition: ['shape'], shape, style: { fill: api.visual('color') } };
    },
  },
  /**
   * A timeline event: value = [from, to, lane], in row `slot` of the lane's `slots`, or a month of events with its
   * `strength`. Drawn as a dot when its span is narrower than the dot (a day at this zoom), else as a rounded bar
   * over its span, so a month or a year reads as such. The label is the item's name, as text.
   */
  'parley-event': {
    encode: { x: [0, 1], y: 2 },
    renderItem(params: any, api: any, holder: CustomHolder, labels: LabelPlan) {
      const item = holder.data[params.dataIndex];
      const lane = api.value(2);
      const slots = Math.max(Number(item?.slots) || 1, 1);
      const slot = Number(item?.slot) || 0;
      const band = api.size([0, 1])[1];
      const step = Math.min((band * 0.85) / slots, 16);
      const start = api.coord([api.value(0), lane]);
      const end = api.coord([api.value(1), lane]);
      const cy = start[1] + (slot - (slots - 1) / 2) * step;
      // a month bar of many events: thicker when busier, unlabelled
      const strength = typeof item?.strength === 'number' ? item.strength : undefined;
      const full = Math.max(Math.min(step * 0.75, 10), 3);
      const h = strength === undefined ? full : Math.max(2, full * (0.3 + 0.7 * strength));
      const name = strength === undefined && item && typeof item === 'object' && item.name != null
        ? String(item.name) : '';
      const opacity = holder.lit ? (holder.lit.has(params.dataIndex) ? 1 : DIMMED)
        : item && item.itemStyle && item.itemStyle.opacity != null ? item.itemStyle.opacity : 1;
      const style = { fill: api.visual('color'), opacity, stroke: '#fff', lineWidth: 0.5 };
      const labelStart = Math.max(end[0], start[0] + h) + 4;
      const labelEnd = labelStart + name.length * LABEL_CHAR_PX;
      const rowsTooTight = step < LABEL_FONT_PX && slot % 2 === 1;
      const extentKey = `${Math.round(api.coord([0, 0])[0])}:${Math.round(params.coordSys.width)}:${band}`;
      const itemKey = `${params.seriesIndex}:${params.dataIndex}`;
      const showLabel = name !== '' && !rowsTooTight && opacity > 0.5 && labels.fits(extentKey, itemKey, `${lane}:${slot}`,
        labelStart, labelEnd, params.coordSys.x + params.coordSys.width - 24);
      const text = showLabel ? {
        textContent: { type: 'text', style: { text: name, fontSize: LABEL_FONT_PX, fill: '#37474f', opacity } },
        textConfig: { position: 'right', distance: 4 },
      } : {};
      const coordSys = params.coordSys;
      if (end[0] - start[0] < h) {
        const cx = (start[0] + end[0]) / 2;
        if (cx < coordSys.x || cx > coordSys.x + coordSys.width) {
          return null;
        }
        return { type: 'circle', shape: { cx, cy, r: h / 2 }, style, ...text };
      }
      const shape = echarts.graphic.clipRectByRect(
        { x: start[0], y: cy - h / 2, width: end[0] - start[0], height: h },
        { x: coordSys.x, y: coordSys.y, width: coordSys.width, height: coordSys.height },
      );
      return shape && { type: 'rect', shape: { ...shape, r: h / 2 }, style, ...text };
    },
  },
};

function lineElement(text: string, bold = false): HTMLElement {
  const div = document.createElement('div');
  div.textContent = text;
  if (bold) {
    div.style.fontWeight = '600';
  }
  return div;
}

function linesOf(params: any): string[] {
  const data = params.data;
  const lines = data && typeof data === 'object' ? data.tooltipLines : undefined;
  if (isArray(lines)) {
    return lines.map(String);
  }
  if (typeof lines === 'string') {
    return lines.split('\n');
  }
  const name = params.name != null && params.name !== '' ? String(params.name) : '';
  const value = isArray(params.value) ? '' : params.value != null ? String(params.value) : '';
  return [[params.seriesName, name, value].filter((s) => s != null && s !== '').join(': ')];
}

/** The only tooltip formatter: builds DOM with textContent, so no data text is parsed as HTML. */
function tooltipFormatter(params: any): HTMLElement {
  const root = document.createElement('div');
  root.className = 'parley-tooltip';
  const all = isArray(params) ? params : [params];
  for (const p of all) {
    linesOf(p).forEach((line, i) => root.appendChild(lineElement(line, i === 0 && all.length === 1)));
  }
  return root;
}

function download(href: string, fileName: string) {
  const a = document.createElement('a');
  a.href = href;
  a.download = fileName;
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
}

function asObject(item: any): Json {
  return item !== null && typeof item === 'object' && !isArray(item) ? { ...item } : { value: item };
}

/** What an exported image carries besides the chart: all plain text, drawn by ECharts as text. */
interface ExportFrame {
  title: string;
  subtitle: string;
  footnote: string;
}

const FRAME_TOP = 64;
const FRAME_BOTTOM = 26;

function asList(value: any): Json[] {
  return value == null ? [] : isArray(value) ? value : [value];
}

/**
 * The option with room for a title and subtitle at the top, the legend below them and a footnote at the
 * bottom; zoom sliders (controls, not content) are hidden but keep their window.
 */
function framed(option: Json, frame: ExportFrame): Json {
  const o: Json = { ...option };
  o.title = [{
    text: frame.title, subtext: frame.subtitle, left: 'center', top: 4,
    textStyle: { fontSize: 14, fontWeight: 'bold', color: '#263238' }, subtextStyle: { fontSize: 11, color: '#546e7a' },
  }];
  o.graphic = [{
    type: 'text', left: 8, bottom: 6, silent: true,
    style: { text: frame.footnote, fontSize: 10, fill: '#607d8b' },
  }];
  o.legend = asList(o.legend).map((l) => ({ ...l, show: true, top: 44, type: 'plain' }));
  const legendRoom = o.legend.length > 0 ? 22 : 0;
  o.dataZoom = asList(o.dataZoom).map((z) => (z.type === 'slider' ? { ...z, show: false } : z));
  o.grid = asList(o.grid).map((g) => ({ ...g, top: FRAME_TOP + legendRoom, bottom: FRAME_BOTTOM + 18 }));
  o.series = asList(o.series).map((s) => (s.type === 'graph'
    ? { ...s, top: FRAME_TOP + legendRoom, bottom: FRAME_BOTTOM } : s));
  return o;
}

function withLabel(item: any, show: boolean): Json {
  const copy = asObject(item);
  copy.label = { ...(copy.label ?? {}), show };
  return copy;
}

function withOpacity(item: any, key: 'itemStyle' | 'lineStyle', opacity: number): Json {
  const copy = asObject(item);
  copy[key] = { ...(copy[key] ?? {}), opacity };
  copy.label = { ...(copy.label ?? {}), opacity };
  return copy;
}

interface GraphNormal {
  nodes: number[];
  labels: boolean[];
  edges: number[];
}

interface HighlightRequest {
  ids?: string[];
  indices?: Record<string, number[]>;
}

/** A highlight tries to name at most this many lit graph nodes (the largest), each where its name fits. */
const MAX_LABEL_CANDIDATES = 200;
/** Rough width of a graph label character (ECharts' default 12 px font), a little over so names keep apart. */
const GRAPH_LABEL_CHAR_PX = 7;

/** Sets a drawn item (a group, a shape and its label) to an opacity, and shows or hides its label. */
function setStrength(el: any, opacity: number, showLabel?: boolean) {
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
  el.childrenRef?.().forEach((child: any) => setStrength(child, opacity, showLabel));
}

function opacityOf(el: any): number | null {
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

/** A series option with every item but the lit raw indices dimmed (graph links: lit when both ends are). */
function dimmedCopy(s: Json, lit: Set<number>): Json {
  const isGraph = s.type === 'graph';
  const data = (s.data ?? []) as any[];
  const litIds = new Set<string>();
  const next: Json = {
    ...s,
    data: data.map((d, i) => {
      if (lit.has(i)) {
        const o = asObject(d);
        litIds.add(String(o.id ?? o.name));
        return isGraph ? withLabel(d, true) : d;
      }
      const dim = withOpacity(d, 'itemStyle', DIMMED);
      return isGraph ? withLabel(dim, false) : dim;
    }),
  };
  const links = (s.links ?? s.edges) as any[] | undefined;
  if (links) {
    next.links = links.map((l) => (litIds.has(String(l.source)) && litIds.has(String(l.target))
      ? l : withOpacity(l, 'lineStyle', DIMMED)));
    delete next.edges;
  }
  return next;
}

/**
 * Calls `run` once, after `frames` animation frames or after 150 ms, whichever comes first: a hidden tab or a
 * headless screenshot may produce no frames at all.
 */
function afterFrames(frames: number, run: () => void) {
  let done = false;
  const once = () => {
    if (!done) {
      done = true;
      run();
    }
  };
  const frame = (left: number) => (left <= 0 ? once() : requestAnimationFrame(() => frame(left - 1)));
  frame(frames);
  window.setTimeout(once, 150);
}

/**
 * Full options are drawn one chart at a time, smallest first, each after the previous one has painted: the page
 * shows its quick charts (the timeline) at once instead of after the slowest (a large network) has drawn too.
 */
class DrawQueue {
  private readonly jobs: { size: number; run: () => void }[] = [];
  private busy = false;

  add(size: number, run: () => void) {
    this.jobs.push({ size, run });
    this.jobs.sort((a, b) => a.size - b.size);
    if (!this.busy) {
      this.busy = true;
      afterFrames(1, () => this.next());
    }
  }

  /** Runs the next job; the one after waits until the browser has painted (two frames later). */
  private next() {
    const job = this.jobs.shift();
    if (!job) {
      this.busy = false;
      return;
    }
    job.run();
    afterFrames(2, () => this.next()); // the browser has painted this chart before the next one starts
  }
}

/** A call waiting for the chart; a full option (with its size) goes through the draw queue. */
interface Step {
  size?: number;
  call: (chart: echarts.ECharts) => void;
}

const drawQueue = new DrawQueue();

export class ParleyECharts extends HTMLElement {
  private chart?: echarts.ECharts;
  private readonly container: HTMLDivElement;
  private resizeObserver?: ResizeObserver;
  /** Calls that arrived before the element had a size; ECharts cannot lay out a 0x0 chart. */
  private pending: Step[] = [];
  /** Whether a full option of this chart waits in the draw queue; later calls wait behind it. */
  private drawing = false;
  private rangeTimer?: number;
  /** The highlight shown, as the server asked for it; resolved again against the series after each redraw. */
  private request?: HighlightRequest;
  /** Data of the small series (bars, cells) that a highlight replaced with dimmed copies, restored on clear. */
  private saved?: Json[];
  /** Each custom series' data and lit indices, read by its renderer. */
  private readonly customData = new Map<string, CustomHolder>();
  /** Per series index: raw data index by item id or name, built when a highlight first needs it. */
  private idIndex = new Map<number, Map<string, number>>();
  /** Per graph series index: its normal strengths (see normalOf); cleared with idIndex. */
  private graphNormal = new Map<number, GraphNormal>();
  /** True once the last full option has been drawn completely (ECharts' 'finished'); for tests and benchmarks. */
  drawn = false;

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = ':host{display:block;position:relative;width:100%;height:400px}'
      + ' .chart{position:absolute;inset:0}'
      + ' .parley-tooltip div{white-space:pre-wrap;max-width:28em;overflow-wrap:anywhere}';
    this.container = document.createElement('div');
    this.container.className = 'chart';
    root.append(style, this.container);
  }

  connectedCallback() {
    this.resizeObserver = new ResizeObserver(() => this.onResize());
    this.resizeObserver.observe(this);
    this.onResize();
  }

  disconnectedCallback() {
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
  }

  /** Replaces the whole option (notMerge). Drops any highlight. */
  setOption(json: string) {
    this.customData.clear(); // holders of the option being replaced; its renderers keep their own
    const option = this.prepare(JSON.parse(json));
    this.drawn = false;
    this.pending.push({
      size: json.length,
      call: (chart) => {
        this.request = undefined;
        this.saved = undefined;
        this.idIndex.clear();
        this.graphNormal.clear();
        this.drawn = false;
        chart.setOption(option, { notMerge: true });
        this.refade();
      },
    });
    this.drain();
  }

  /** Merges a partial option (components and series matched by id, else index); keeps a highlight. */
  updateOption(json: string) {
    const patch = this.prepare(JSON.parse(json));
    this.whenReady((chart) => {
      const request = this.request;
      if (request) {
        this.resetHighlight();
      }
      this.idIndex.clear();
      this.graphNormal.clear();
      chart.setOption(patch);
      if (request) {
        this.request = request;
        this.applyHighlight();
      } else {
        this.refade();
      }
    });
  }

  /**
   * Dims every item not named by `{"ids": [...]}` (item ids or names) or `{"indices": {seriesId: [raw data
   * indices]}}`; a graph link stays lit when both its ends are. Graph and custom series (the network and the
   * timeline, thousands of items) are changed on the drawn elements only: no option merge, no new data, so a
   * highlight costs a pass over the elements, and it survives hovering and zooming. Small series (bars, cells)
   * get a merge of dimmed copies of their data. An empty request clears the highlight.
   */
  highlight(json: string) {
    const request: HighlightRequest = JSON.parse(json);
    this.whenReady(() => {
      this.resetHighlight();
      // a series named with no indices is a highlight too: everything in it dimmed (the selection is not there)
      const any = (request.ids?.length ?? 0) > 0 || Object.keys(request.indices ?? {}).length > 0;
      if (any) {
        this.request = request;
        this.applyHighlight();
      }
    });
  }

  clearHighlight() {
    this.whenReady(() => this.resetHighlight());
  }

  private resetHighlight() {
    if (!this.chart) {
      return;
    }
    if (this.saved) {
      this.chart.setOption({ series: this.saved });
    }
    const had = this.request !== undefined;
    this.request = undefined;
    this.saved = undefined;
    if (had) {
      this.fadeDrawn(undefined);
      // the timeline's labels hidden while dimmed come back as its renderer and overlap hiding decide: redraw it
      const custom = [...this.customData.entries()].map(([id, holder]) => ({ id, data: holder.data }));
      if (custom.length > 0) {
        this.chart.setOption({ series: custom });
      }
    }
  }

  /** Sets the x window of all dataZoom components without echoing a range event to the server. */
  zoomTo(from: number, to: number) {
    this.whenReady((chart) => chart.dispatchAction(
      { type: 'dataZoom', startValue: from, endValue: to },
      { silent: true },
    ));
  }

  /**
   * Downloads the chart as the user sees it (filters, zoom, roam, highlight), framed for a report: a title,
   * a subtitle (the time window), the legend and a footnote naming the source. PNG is drawn by an offscreen
   * canvas chart at `pixelRatio` times the displayed size; SVG by an offscreen SVG chart, so text stays text.
   * Both happen in the browser; nothing is sent anywhere.
   */
  exportImage(type: 'png' | 'svg', pixelRatio: number, background: string | null, fileName: string,
    frameJson: string | null = null) {
    this.whenReady(() => {
      const frame: ExportFrame | null = frameJson ? JSON.parse(frameJson) : null;
      const backgroundColor = background || 'transparent';
      if (type === 'png') {
        download(this.renderPng(pixelRatio, backgroundColor, frame), fileName);
        return;
      }
      const svg = this.renderSvg(backgroundColor, frame);
      const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
      download(url, fileName);
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    });
  }

  /** The current option, prepared again (renderers, tooltips), with the highlight, framed for export. */
  private exportOption(backgroundColor: string, frame: ExportFrame | null): Json {
    const option = (this.chart as echarts.ECharts).getOption() as Json;
    const lit = this.request ? this.resolve(this.request) : undefined;
    if (lit) {
      option.series = ((option.series ?? []) as Json[]).map((s, index) => (s.type === 'graph' || s.type === 'custom'
        ? dimmedCopy(s, lit.get(index) ?? new Set()) : s));
    }
    const prepared = this.prepare(option, false);
    return { ...(frame ? framed(prepared, frame) : prepared), animation: false, backgroundColor };
  }

  /**
   * How strongly an item is drawn now (its element's opacity), found by data index or by `id`/name; with
   * `edge`, the graph link with that index. For tests.
   */
  strengthOf(seriesIndex: number, dataIndexOrId: number | string, edge = false): number | null {
    const series: any = (this.chart as any)?.getModel()?.getSeriesByIndex(seriesIndex);
    if (!series) {
      return null;
    }
    const data = edge ? series.getEdgeData() : series.getData();
    let index = typeof dataIndexOrId === 'number' ? dataIndexOrId : -1;
    for (let i = 0; index < 0 && i < data.count(); i++) {
      if (data.getId(i) === dataIndexOrId || data.getName(i) === dataIndexOrId) {
        index = i;
      }
    }
    return index < 0 ? null : opacityOf(data.getItemGraphicEl(index));
  }

  /** The current chart as a PNG data URL (used by exportImage; public for tests). */
  renderPng(pixelRatio = 2, backgroundColor = 'transparent', frame: ExportFrame | null = null): string {
    const chart = this.chart;
    if (!chart) {
      return '';
    }
    const holder = document.createElement('div');
    holder.style.cssText = `position:fixed;left:-100000px;top:0;width:${chart.getWidth()}px;`
      + `height:${chart.getHeight()}px;`;
    document.body.appendChild(holder);
    const offscreen = echarts.init(holder, undefined, {
      renderer: 'canvas', width: chart.getWidth(), height: chart.getHeight(), devicePixelRatio: pixelRatio,
    });
    try {
      offscreen.setOption(this.exportOption(backgroundColor, frame));
      return offscreen.getDataURL({ type: 'png', pixelRatio, backgroundColor });
    } finally {
      offscreen.dispose();
      holder.remove();
    }
  }

  /** The current chart as an SVG document string (used by exportImage; public for tests). */
  renderSvg(backgroundColor = 'transparent', frame: ExportFrame | null = null): string {
    const chart = this.chart;
    if (!chart) {
      return '';
    }
    const offscreen = echarts.init(null as unknown as HTMLElement, undefined, {
      renderer: 'svg', ssr: true, width: chart.getWidth(), height: chart.getHeight(),
    });
    try {
      offscreen.setOption(this.exportOption(backgroundColor, frame));
      return offscreen.renderToSVGString();
    } finally {
      offscreen.dispose();
    }
  }

  /**
   * Pixel position [x, y] inside this element of a data item, found by data index or by `id`/name.
   * For tests and for placing overlays.
   */
  pixelOf(seriesIndex: number, dataIndexOrId: number | string): number[] | null {
    const chart: any = this.chart;
    const model = chart?.getModel();
    const series = model?.getSeriesByIndex(seriesIndex);
    if (!series) {
      return null;
    }
    const data = series.getData();
    let index = -1;
    if (typeof dataIndexOrId === 'number') {
      index = dataIndexOrId;
    } else {
      for (let i = 0; i < data.count(); i++) {
        if (data.getId(i) === dataIndexOrId || data.getName(i) === dataIndexOrId) {
          index = i;
          break;
        }
      }
    }
    if (index < 0 || index >= data.count()) {
      return null;
    }
    const finder = { seriesIndex };
    if (series.subType === 'graph') {
      return chart.convertToPixel(finder, data.getItemLayout(index));
    }
    const raw = data.getRawDataItem(index);
    const value = asObject(raw).value;
    if (series.subType === 'custom' && isArray(value)) {
      return chart.convertToPixel(finder, [(value[0] + value[1]) / 2, value[2]]);
    }
    const layout = data.getItemLayout(index);
    if (isArray(layout) && layout.length === 2) {
      return layout as number[];
    }
    if (layout && typeof layout.x === 'number') {
      return [layout.x + layout.width / 2, layout.y + layout.height / 2];
    }
    return isArray(value) ? chart.convertToPixel(finder, value) : null;
  }

  private onResize() {
    if (this.chart) {
      this.chart.resize();
      this.refade();
      return;
    }
    if (this.container.clientWidth === 0 || this.container.clientHeight === 0) {
      return;
    }
    const chart = echarts.init(this.container, undefined, { renderer: 'canvas' });
    chart.on('click', (p: any) => this.onClick(p));
    chart.on('datazoom', () => this.onRangeGesture());
    chart.on('brushEnd', (p: any) => this.onBrushEnd(p));
    chart.on('finished', () => {
      this.drawn = !this.drawing && !this.pending.some((step) => step.size !== undefined);
    });
    // a roam lays labels out again and a legend toggle redraws: the highlight's strengths are set again after
    chart.on('graphroam', () => { requestAnimationFrame(() => this.refade()); });
    chart.on('legendselectchanged', () => { requestAnimationFrame(() => this.refade()); });
    this.chart = chart;
    this.drain();
  }

  /** Runs a call now, or after the calls before it: once the chart has a size and its full option is drawn. */
  private whenReady(call: (chart: echarts.ECharts) => void) {
    this.pending.push({ call });
    this.drain();
  }

  private drain() {
    while (this.chart && !this.drawing && this.pending.length > 0) {
      const step = this.pending.shift() as Step;
      const chart = this.chart;
      if (step.size === undefined) {
        step.call(chart);
      } else {
        this.drawing = true;
        drawQueue.add(step.size, () => {
          this.drawing = false; // ECharts may report 'finished' from within setOption
          step.call(chart);
          this.drain();
        });
      }
    }
  }

  /** Replaces renderer names and tooltip formatters: the parts of an option JSON cannot express. */
  private prepare(option: Json, live = true): Json {
    if (option.tooltip) {
      const tooltips: any[] = isArray(option.tooltip) ? option.tooltip : [option.tooltip];
      option.tooltip = tooltips.map((t: any) => ({ ...t, formatter: tooltipFormatter, renderMode: 'html' }));
    }
    if (isArray(option.series)) {
      const series: any[] = option.series;
      const labels = new LabelPlan();
      for (const s of series) {
        if (s.type === 'custom' && typeof s.renderItem === 'string') {
          const renderer = RENDERERS[s.renderItem];
          if (!renderer) {
            throw new Error(`parley-echarts: unknown renderItem '${s.renderItem}'`);
          }
          const holder: CustomHolder = { data: isArray(s.data) ? s.data : [] };
          if (live && s.id != null) {
            this.customData.set(String(s.id), holder);
          }
          s.renderItem = (params: any, api: any) => renderer.renderItem(params, api, holder, labels);
          s.encode = s.encode ?? renderer.encode;
        }
        if (s.tooltip) {
          s.tooltip = { ...s.tooltip, formatter: tooltipFormatter };
        }
      }
    }
    return option;
  }

  /**
   * Which of the given graph nodes can show their names without overlapping: the largest first, each label where
   * no earlier one is. ECharts' own overlap hiding runs only when it lays the chart out (not for a highlight), and
   * it counts the hover labels every node has (see GraphSeries) as taken.
   */
  private labelsThatFit(series: any, seriesIndex: number, lit: Iterable<number>): Set<number> {
    const chart: any = this.chart;
    const data = series.getData();
    const sizeOf = (i: number) => {
      const size = data.getItemVisual(i, 'symbolSize');
      return Number(isArray(size) ? size[0] : size) || 0;
    };
    const candidates = [...lit].filter((i) => i < data.count()).map((i) => ({ i, size: sizeOf(i) }))
      .sort((a, b) => b.size - a.size).slice(0, MAX_LABEL_CANDIDATES);
    const taken: number[][] = [];
    const named = new Set<number>();
    for (const { i, size } of candidates) {
      const p = chart.convertToPixel({ seriesIndex }, data.getItemLayout(i));
      if (!isArray(p)) {
        continue;
      }
      const left = p[0] + size / 2 + 3;
      const box = [left, p[1] - 8, left + String(data.getName(i)).length * GRAPH_LABEL_CHAR_PX, p[1] + 8];
      if (taken.every((t) => box[2] < t[0] || box[0] > t[2] || box[3] < t[1] || box[1] > t[3])) {
        taken.push(box);
        named.add(i);
      }
    }
    return named;
  }

  /** A graph's own node and link opacities and node label visibility, read from its model once per option. */
  private normalOf(series: any, index: number): GraphNormal {
    let normal = this.graphNormal.get(index);
    if (!normal) {
      const data = series.getData();
      const edges = series.getEdgeData();
      normal = { nodes: [], labels: [], edges: [] };
      for (let i = 0; i < data.count(); i++) {
        const model = data.getItemModel(i);
        normal.nodes.push(model.get(['itemStyle', 'opacity']) ?? 1);
        normal.labels.push(model.get(['label', 'show']) !== false);
      }
      for (let i = 0; i < edges.count(); i++) {
        normal.edges.push(edges.getItemModel(i).get(['lineStyle', 'opacity']) ?? 1);
      }
      this.graphNormal.set(index, normal);
    }
    return normal;
  }

  /** Sets strengths and names again after ECharts has redrawn the elements (new option, roam, resize, legend). */
  private refade() {
    if (this.chart) {
      this.fadeDrawn(this.request ? this.resolve(this.request) : undefined);
    }
  }

  /** Raw data indices lit per series index, from ids and from per-series-id index lists. */
  private resolve(request: HighlightRequest): Map<number, Set<number>> {
    const lit = new Map<number, Set<number>>();
    const ids = request.ids && request.ids.length > 0 ? request.ids.map(String) : undefined;
    const model: any = (this.chart as any).getModel();
    model.eachSeries((series: any, index: number) => {
      const set = new Set<number>(request.indices?.[String(series.id)] ?? []);
      if (ids) {
        const byId = this.idsOf(series, index);
        ids.forEach((id) => {
          const raw = byId.get(id);
          if (raw !== undefined) {
            set.add(raw);
          }
        });
      }
      lit.set(index, set);
    });
    return lit;
  }

  private idsOf(series: any, index: number): Map<string, number> {
    let byId = this.idIndex.get(index);
    if (!byId) {
      byId = new Map();
      const data = series.getData();
      for (let i = 0; i < data.count(); i++) {
        const raw = data.getRawIndex(i);
        const item = data.getRawDataItem(i);
        const o = item !== null && typeof item === 'object' && !isArray(item) ? item : {};
        if (o.id != null) {
          byId.set(String(o.id), raw);
        }
        const name = data.getName(i);
        if (name != null && name !== '' && !byId.has(name)) {
          byId.set(String(name), raw);
        }
      }
      this.idIndex.set(index, byId);
    }
    return byId;
  }

  private applyHighlight() {
    const chart = this.chart;
    const request = this.request;
    if (!chart || !request) {
      return;
    }
    const lit = this.resolve(request);
    const current = (chart.getOption().series ?? []) as Json[];
    const saved: Json[] = [];
    const merged: Json[] = [];
    current.forEach((s, index) => {
      if (s.type !== 'graph' && s.type !== 'custom') {
        const key = s.id != null ? { id: s.id } : {};
        saved.push({ ...key, data: s.data ?? [] });
        merged.push({ ...key, data: dimmedCopy(s, lit.get(index) ?? new Set()).data });
      }
    });
    if (merged.length > 0) {
      chart.setOption({ series: merged });
      this.saved = saved;
    }
    this.fadeDrawn(lit);
  }

  /**
   * Sets the drawn elements of graph and custom series to full strength (lit, or everything without a
   * highlight) or dimmed. In a graph the lit nodes show their names when there are few enough to read, and the
   * dimmed ones none.
   */
  private fadeDrawn(lit: Map<number, Set<number>> | undefined) {
    const model: any = (this.chart as any).getModel();
    if (!model) {
      return; // nothing drawn yet (a resize before the first option)
    }
    model.eachSeries((series: any, index: number) => {
      const set = lit ? lit.get(index) ?? new Set<number>() : undefined;
      const data = series.getData();
      if (series.subType === 'custom') {
        const holder = this.customData.get(String(series.id));
        if (holder) {
          holder.lit = set;
        }
        for (let i = 0; i < data.count(); i++) {
          // a dimmed event's faint name would only clutter the lit ones
          const on = !set || set.has(data.getRawIndex(i));
          setStrength(data.getItemGraphicEl(i), on ? 1 : DIMMED, set ? on : undefined);
        }
      } else if (series.subType === 'graph') {
        const normal = this.normalOf(series, index);
        // names where they fit: of the lit nodes in a highlight, else of those the option labels
        const named = this.labelsThatFit(series, index,
          set ?? normal.labels.flatMap((shown, i) => (shown ? [i] : [])));
        for (let i = 0; i < data.count(); i++) {
          const on = !set || set.has(data.getRawIndex(i));
          const label = named.has(i);
          setStrength(data.getItemGraphicEl(i), on ? normal.nodes[i] : DIMMED, label);
        }
        series.getGraph().eachEdge((edge: any) => {
          const on = !set || (set.has(edge.node1.dataIndex) && set.has(edge.node2.dataIndex));
          const full = normal.edges[edge.dataIndex];
          setStrength(edge.getGraphicEl(), on ? full : Math.min(full, DIMMED));
        });
      }
    });
  }

  private onClick(p: any) {
    const data = p.data && typeof p.data === 'object' ? p.data : {};
    const id = data.id ?? (p.name != null && p.name !== '' ? p.name : null);
    this.dispatchEvent(new CustomEvent('parley-chart-click', {
      detail: {
        seriesId: p.seriesId ?? null,
        dataType: p.dataType === 'node' || p.dataType === 'edge' ? p.dataType : null,
        id: id == null ? null : String(id),
      },
    }));
  }

  private onRangeGesture() {
    window.clearTimeout(this.rangeTimer);
    this.rangeTimer = window.setTimeout(() => {
      const axis = (this.chart as any)?.getModel()?.getComponent('xAxis', 0)?.axis;
      if (axis && axis.type !== 'category') {
        const [from, to] = axis.scale.getExtent();
        this.fireRange(from, to);
      }
    }, RANGE_DEBOUNCE_MS);
  }

  private onBrushEnd(p: any) {
    const range: any = p.areas?.[0]?.coordRange;
    if (isArray(range) && typeof range[0] === 'number') {
      window.clearTimeout(this.rangeTimer);
      this.rangeTimer = window.setTimeout(() => this.fireRange(range[0], range[1]), RANGE_DEBOUNCE_MS);
    }
  }

  private fireRange(from: number, to: number) {
    this.dispatchEvent(new CustomEvent('parley-chart-range', {
      detail: { from: Math.round(from), to: Math.round(to) },
    }));
  }
}

if (!customElements.get('parley-echarts')) {
  customElements.define('parley-echarts', ParleyECharts);
}

declare global {
  interface HTMLElementTagNameMap {
    'parley-echarts': ParleyECharts;
  }
}
