/**
 * Shapes the element reads: the option JSON the server sends (see dev.parley.chart), and the parts of ECharts'
 * model and of its drawn zrender elements it works on. ECharts exports types for its public API (ECharts,
 * EChartsCoreOption, the custom series and tooltip callbacks), which the modules use directly; the model behind
 * `getModel()` and the drawn elements are not public API, so only the members relied on are declared here.
 */
import type { ECharts, EChartsCoreOption } from 'echarts/core';

export type Json = Record<string, unknown>;

export function isRecord(value: unknown): value is Json {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

export function asList<T>(value: T | T[] | null | undefined): T[] {
  return value == null ? [] : Array.isArray(value) ? value : [value];
}

/** A data item as dev.parley.chart.DataItem writes it; any field may be missing, and ECharts also allows bare values. */
export interface ItemJson {
  id?: string | number;
  name?: string;
  value?: unknown;
  label?: { show?: boolean; opacity?: number; [key: string]: unknown };
  itemStyle?: { opacity?: number; [key: string]: unknown };
  lineStyle?: { opacity?: number; [key: string]: unknown };
  /** Plain-text tooltip, one entry per line (never the key `tooltip`, which ECharts reads as an HTML template). */
  tooltipLines?: string[] | string;
  /** Timeline event: its row within the lane and how many rows the lane has. */
  slot?: number;
  slots?: number;
  /** Timeline month bar: how busy the month is, 0 to 1. */
  strength?: number;
  /** Graph link ends (node ids). */
  source?: string | number;
  target?: string | number;
  [key: string]: unknown;
}

export interface SeriesJson {
  type?: string;
  id?: string | number;
  data?: unknown[];
  links?: unknown[];
  edges?: unknown[];
  /** A renderer name from the server, replaced by the element with the renderer's function. */
  renderItem?: unknown;
  encode?: unknown;
  tooltip?: Json;
  [key: string]: unknown;
}

export type OptionJson = EChartsCoreOption & {
  series?: SeriesJson[];
  tooltip?: Json | Json[];
  legend?: Json | Json[];
  dataZoom?: Json | Json[];
  grid?: Json | Json[];
};

/** A data item as an object, whatever form the option gave it in. */
export function itemOf(raw: unknown): ItemJson {
  return isRecord(raw) ? raw : { value: raw };
}

/** A highlight as the server asks for it: item ids or names, or raw data indices per series id. */
export interface HighlightRequest {
  ids?: string[];
  indices?: Record<string, number[]>;
}

/** Lit raw data indices per series index; a series without an entry is all dimmed. */
export type Lit = Map<number, Set<number>>;

/** What an exported image carries besides the chart: all plain text, drawn by ECharts as text. */
export interface ExportFrame {
  title: string;
  subtitle: string;
  footnote: string;
}

/** An axis-aligned box in chart pixels. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/** The style members of a drawn element the element reads or sets (zrender's style objects). */
export interface DrawnStyle {
  opacity?: number;
  text?: string;
  font?: string;
  x?: number;
  y?: number;
  textAlign?: string;
  textBaseline?: string;
}

/** A drawn zrender element: a shape, a group, a text (`type` 'text') or a line of one (`type` 'tspan'). */
export interface Drawn {
  type?: string;
  style?: DrawnStyle;
  ignore?: boolean;
  invisible?: boolean;
  isGroup?: boolean;
  parent?: Drawn | null;
  /** For a label: the element it is attached to. */
  __hostTarget?: Drawn;
  textConfig?: { distance?: number };
  /** The global transform [a, b, c, d, e, f] once updated, or null for none. */
  transform?: number[] | Float32Array | null;
  markRedraw(): void;
  getTextContent?(): Drawn | undefined | null;
  childrenRef?(): Drawn[];
  getBoundingRect?(): { x: number; y: number; width: number; height: number };
}

/** A series' data in ECharts' model (SeriesData): the members the element reads. */
export interface SeriesDataView {
  count(): number;
  getId(index: number): string;
  getName(index: number): string;
  getRawIndex(index: number): number;
  getRawDataItem(index: number): unknown;
  getItemLayout(index: number): unknown;
  getItemVisual(index: number, key: 'symbolSize'): unknown;
  getItemGraphicEl(index: number): Drawn | undefined;
  getItemModel(index: number): { get(path: string[]): unknown };
}

export interface GraphEdgeView {
  dataIndex: number;
  node1: { dataIndex: number };
  node2: { dataIndex: number };
  getGraphicEl(): Drawn | undefined;
}

/** A series in ECharts' model; graph series also have edges. */
export interface SeriesView {
  id: string;
  subType: string;
  getData(): SeriesDataView;
  getEdgeData?(): SeriesDataView;
  getGraph?(): { eachEdge(visit: (edge: GraphEdgeView) => void): void };
}

export interface ChartModel {
  getSeriesByIndex(index: number): SeriesView | undefined;
  eachSeries(visit: (series: SeriesView, index: number) => void): void;
  getComponent(type: string, index: number): { axis?: { type: string; scale: { getExtent(): number[] } } } | undefined;
}

/** ECharts' model of a chart: not public API (`getModel` is private in its types), but stable since ECharts 4. */
export function modelOf(chart: ECharts | undefined): ChartModel | undefined {
  return (chart as unknown as { getModel(): ChartModel | undefined } | undefined)?.getModel();
}

/** The zrender tree of a chart, for the texts it draws. */
export function displayListOf(chart: ECharts): Drawn[] {
  const storage = (chart.getZr() as unknown as { storage: { getDisplayList(update: boolean): Drawn[] } }).storage;
  return storage.getDisplayList(true);
}

/** A JSON object from the server; anything else is a bug on the Java side, reported at once. */
export function parseObject(json: string): Json {
  const parsed: unknown = JSON.parse(json);
  if (!isRecord(parsed)) {
    throw new Error(`parley-echarts: expected a JSON object, got ${json.slice(0, 40)}`);
  }
  return parsed;
}

/** An option as dev.parley.chart.ChartJson writes it (its shape is pinned by ChartJsonTest). */
export function parseOption(json: string): OptionJson {
  return parseObject(json) as OptionJson;
}

export function parseHighlight(json: string): HighlightRequest {
  const o = parseObject(json);
  const request: HighlightRequest = {};
  if (Array.isArray(o.ids)) {
    request.ids = o.ids.map(String);
  }
  if (isRecord(o.indices)) {
    request.indices = Object.fromEntries(Object.entries(o.indices)
      .map(([id, list]) => [id, Array.isArray(list) ? list.map(Number) : []]));
  }
  return request;
}

export function parseFrame(json: string): ExportFrame {
  const o = parseObject(json);
  const text = (value: unknown) => (value == null ? '' : String(value));
  return { title: text(o.title), subtitle: text(o.subtitle), footnote: text(o.footnote) };
}
