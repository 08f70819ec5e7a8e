/**
 * The highlight: every item but the lit ones dimmed, and the lit graph nodes named where their names fit. Graph and
 * custom series (the network and the timeline, thousands of items) are changed on the drawn elements only; small
 * series (bars, cells) get a merge of dimmed copies of their data.
 */
import type { ECharts } from 'echarts/core';
import { DIMMED, dimmedCopy, setStrength } from './dimming';
import { graphNamesThatFit } from './labels';
import type { CustomHolder } from './renderers';
import { type HighlightRequest, type Lit, type SeriesJson, type SeriesView, asList, isRecord, modelOf } from './types';
import { GraphVeil } from './veil';

/** A graph's own node and link opacities and node label visibility, as its option sets them. */
export interface GraphNormal {
  nodes: number[];
  labels: boolean[];
  edges: number[];
}

export function graphNormalOf(series: SeriesView): GraphNormal {
  const data = series.getData();
  const edges = series.getEdgeData?.();
  const normal: GraphNormal = { nodes: [], labels: [], edges: [] };
  for (let i = 0; i < data.count(); i++) {
    const model = data.getItemModel(i);
    normal.nodes.push(Number(model.get(['itemStyle', 'opacity']) ?? 1));
    normal.labels.push(model.get(['label', 'show']) !== false);
  }
  for (let i = 0; edges && i < edges.count(); i++) {
    normal.edges.push(Number(edges.getItemModel(i).get(['lineStyle', 'opacity']) ?? 1));
  }
  return normal;
}

/** The nodes a graph names without a highlight: those its option labels. */
export function labelledNodes(normal: GraphNormal): number[] {
  return normal.labels.flatMap((shown, i) => (shown ? [i] : []));
}

/** Raw data index by item id or name, for one series. */
function idsOf(series: SeriesView): Map<string, number> {
  const byId = new Map<string, number>();
  const data = series.getData();
  for (let i = 0; i < data.count(); i++) {
    const raw = data.getRawIndex(i);
    const item = data.getRawDataItem(i);
    if (isRecord(item) && item.id != null) {
      byId.set(String(item.id), raw);
    }
    const name = data.getName(i);
    if (name != null && name !== '' && !byId.has(name)) {
      byId.set(String(name), raw);
    }
  }
  return byId;
}

export class Highlight {
  /** The highlight shown, as the server asked for it; resolved again against the series after each redraw. */
  request?: HighlightRequest;
  /** Each custom series' data and lit indices, read by its renderer. */
  readonly customData = new Map<string, CustomHolder>();
  /** Data of the small series (bars, cells) that a highlight replaced with dimmed copies, restored on clear. */
  private saved?: SeriesJson[];
  /** Per series index: raw data index by item id or name, built when a highlight first needs it. */
  private readonly idIndex = new Map<number, Map<string, number>>();
  /** Per graph series index: its normal strengths, read from its model once per option. */
  private readonly graphNormal = new Map<number, GraphNormal>();

  /** A graph's highlight (one graph per chart): the veil and the lit items above it. */
  private readonly veil: GraphVeil;

  constructor(private readonly chartOf: () => ECharts | undefined, host: HTMLElement, container: HTMLElement) {
    this.veil = new GraphVeil(host, container);
  }

  /** Whether a graph item is drawn under the veil (dimmed), for the test hooks. */
  veiled(seriesIndex: number, rawIndex: number, edge: { node1: number; node2: number } | undefined): boolean {
    const set = this.veil.shown ? this.lit()?.get(seriesIndex) : undefined;
    if (!set) {
      return false;
    }
    return edge ? !(set.has(edge.node1) && set.has(edge.node2)) : !set.has(rawIndex);
  }

  /** A new full option replaces the chart: no highlight, nothing known about its series. */
  replaced() {
    this.veil.clear();
    this.request = undefined;
    this.saved = undefined;
    this.idIndex.clear();
    this.graphNormal.clear();
  }

  /** Runs a merge of the option, keeping the highlight (applied again to the merged series). */
  across(merge: () => void) {
    const request = this.request;
    if (request) {
      this.reset();
    }
    this.idIndex.clear();
    this.graphNormal.clear();
    merge();
    if (request) {
      this.request = request;
      this.apply();
    } else {
      this.refade();
    }
  }

  show(request: HighlightRequest) {
    // a series named with no indices is a highlight too: everything in it dimmed (the selection is not there)
    const lights = (request.ids?.length ?? 0) > 0 || Object.keys(request.indices ?? {}).length > 0;
    if (lights && this.request && !this.saved) {
      // one highlight after another on graph and custom series: the next sets every drawn element's strength and
      // name anyway, so the way back to normal (a second pass, and the custom series' data set again, which
      // redraws the timeline) would only cost click time
      this.request = request;
      this.apply(true);
      return;
    }
    this.reset();
    if (lights) {
      this.request = request;
      this.apply(true);
    }
  }

  reset() {
    const chart = this.chartOf();
    if (!chart) {
      return;
    }
    if (this.saved) {
      chart.setOption({ series: this.saved });
    }
    const had = this.request !== undefined;
    this.request = undefined;
    this.saved = undefined;
    if (had) {
      this.fadeDrawn(undefined);
      // the timeline's labels hidden while dimmed come back as its renderer and overlap hiding decide: redraw it
      const custom = [...this.customData.entries()].map(([id, holder]) => ({ id, data: holder.data }));
      if (custom.length > 0) {
        chart.setOption({ series: custom });
      }
    }
  }

  /** Sets strengths and names again after ECharts has redrawn the elements (new option, roam, resize, legend). */
  refade() {
    if (this.chartOf()) {
      this.fadeDrawn(this.lit());
    }
  }

  /** Raw data indices lit per series index, or undefined without a highlight. */
  lit(): Lit | undefined {
    const request = this.request;
    const model = modelOf(this.chartOf());
    if (!request || !model) {
      return undefined;
    }
    const lit: Lit = new Map();
    const ids = request.ids && request.ids.length > 0 ? request.ids.map(String) : undefined;
    model.eachSeries((series, index) => {
      const set = new Set<number>(request.indices?.[String(series.id)] ?? []);
      if (ids) {
        let byId = this.idIndex.get(index);
        if (!byId) {
          byId = idsOf(series);
          this.idIndex.set(index, byId);
        }
        for (const id of ids) {
          const raw = byId.get(id);
          if (raw !== undefined) {
            set.add(raw);
          }
        }
      }
      lit.set(index, set);
    });
    return lit;
  }

  /** `transformsCurrent`: called for a new highlight, with nothing moved since the chart was drawn. */
  private apply(transformsCurrent = false) {
    const chart = this.chartOf();
    const lit = this.lit();
    if (!chart || !lit) {
      return;
    }
    let small = false;
    modelOf(chart)?.eachSeries((series) => {
      small = small || (series.subType !== 'graph' && series.subType !== 'custom');
    });
    if (!small) {
      // getOption copies the whole option: thousands of nodes and links, for nothing when no series needs it
      this.fadeDrawn(lit, transformsCurrent);
      return;
    }
    const current = asList(chart.getOption().series as SeriesJson[] | undefined);
    const saved: SeriesJson[] = [];
    const merged: SeriesJson[] = [];
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
    this.fadeDrawn(lit, transformsCurrent);
  }

  /**
   * Sets the drawn elements of graph and custom series to full strength (lit, or everything without a highlight)
   * or dimmed. In a graph the lit nodes show their names where they fit, and the dimmed ones none.
   */
  private fadeDrawn(lit: Lit | undefined, transformsCurrent = false) {
    const chart = this.chartOf();
    const model = modelOf(chart);
    if (!chart || !model) {
      return; // nothing drawn yet (a resize before the first option)
    }
    model.eachSeries((series, index) => {
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
        let normal = this.graphNormal.get(index);
        if (!normal) {
          normal = graphNormalOf(series);
          this.graphNormal.set(index, normal);
        }
        const named = graphNamesThatFit(chart, series, set ?? labelledNodes(normal), transformsCurrent, !!set);
        // the graph's own names hidden under the veil (a change only on the way into a highlight); lit ones above it
        for (let i = 0; i < data.count(); i++) {
          setStrength(data.getItemGraphicEl(i), normal.nodes[i], !set && named.has(i));
        }
        if (set) {
          this.veil.show(chart, series, set, named);
        } else {
          this.veil.clear();
        }
      }
    });
  }
}
