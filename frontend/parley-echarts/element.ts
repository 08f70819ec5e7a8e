/**
 * <parley-echarts>: Parley's one wrapper around Apache ECharts (see dev.parley.chart.EChart). This class is the
 * element's lifecycle and its API to the server; the work is done by the modules it calls.
 *
 * Server -> browser: JSON strings through setOption (full, replaces everything; a large one by its address through
 * setOptionFrom), updateOption (merge),
 * highlight/clearHighlight, zoomTo and exportImage.
 * Browser -> server: `parley-chart-click` {seriesId, dataType, id} and `parley-chart-range` {from, to}
 * (epoch millis, debounced).
 *
 * The `renderer` attribute, read when the chart is first made, chooses ECharts' renderer: `svg`, or canvas by default.
 *
 * Text safety: data text reaches the page only as canvas/SVG text or through textContent (see tooltips.ts).
 */
import * as echarts from 'echarts/core';
import type { ECElementEvent, ECharts } from 'echarts/core';
import { download, exportOption, renderPng, renderSvg } from './export';
import { Highlight } from './highlight';
import { prepare } from './options';
import { Steps } from './scheduling';
import { TooltipTable } from './tooltips';
import { clickOnSlowTaps } from './taps';
import {
  type ExportFrame, type OptionJson, isRecord, modelOf, parseFrame, parseHighlight, parseObject, parseOption,
} from './types';

/** One call of ECharts' setOption: when it started and how long it took (performance.now() milliseconds). */
export interface OptionTime {
  at: number;
  ms: number;
  full: boolean;
}

/** How long zoom/brush gestures must pause before the range goes to the server. */
const RANGE_DEBOUNCE_MS = 200;

export class ParleyECharts extends HTMLElement {
  /** The ECharts instance, once the element has a size. */
  chart?: ECharts;
  /** True once the last full option has been drawn completely (ECharts' 'finished'); for tests and benchmarks. */
  drawn = false;
  /** The last 50 calls of ECharts' setOption (full options and patches), oldest first: the benchmark's breakdown. */
  readonly optionTimes: OptionTime[] = [];
  private readonly container: HTMLDivElement;
  private resizeObserver?: ResizeObserver;
  /** Calls that wait for the chart to have a size, or for the full option before them to be drawn. */
  private readonly steps = new Steps(() => this.chart);
  /** The highlight (read by the test hooks, which report what it shows). */
  readonly marks: Highlight;
  /** The tooltip lines of the last full option's items, kept apart from the option ECharts copies (tooltips.ts). */
  private tooltips = new TooltipTable();
  private rangeTimer?: number;

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
    this.marks = new Highlight(() => this.chart, this, this.container);
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
    this.marks.customData.clear(); // holders of the option being replaced; its renderers keep their own
    this.tooltips = new TooltipTable(); // the option's own: its formatter reads it, patches after it add to it
    const option = prepare(parseOption(json), this.marks.customData, this.tooltips);
    this.drawn = false;
    this.steps.add({
      size: json.length,
      call: (chart) => this.drawFull(chart, option),
    });
  }

  /**
   * Set by the server for a large option: `{"url", "size", "sequence"}` (see setOptionFrom). A property rather than
   * a call, so that it arrives while Vaadin builds the page, and the fetch runs meanwhile.
   */
  set optionSource(json: string | null | undefined) {
    if (json) {
      const source = parseObject(json);
      this.setOptionFrom(String(source.url), Number(source.size));
    }
  }

  /**
   * Like setOption, for a large option the server serves at its own address (`url`, relative to the page; `size`
   * is its length in characters): the browser fetches it while it builds the rest of the page, instead of the
   * option travelling inside Vaadin's answer, and keeps it in its cache under a name that changes with its content.
   */
  setOptionFrom(url: string, size: number) {
    this.marks.customData.clear();
    const tooltips = new TooltipTable();
    this.tooltips = tooltips;
    const holders = this.marks.customData;
    let option: OptionJson | undefined;
    const until = fetch(url, { credentials: 'same-origin' })
      .then((response) => {
        if (!response.ok) {
          throw new Error(`parley-echarts: ${url} answered ${response.status}`);
        }
        return response.text();
      })
      .then((json) => { option = prepare(parseOption(json), holders, tooltips); })
      .catch((e: unknown) => { console.error(e); throw e; });
    this.drawn = false;
    this.steps.add({
      size,
      until,
      call: (chart) => this.drawFull(chart, option as OptionJson),
    });
  }

  /** Merges a partial option (components and series matched by id, else index); keeps a highlight. */
  updateOption(json: string) {
    // prepared in turn: its tooltip lines go on top of those of the full option before it, which may still be
    // on its way
    const tooltips = this.tooltips;
    this.steps.add({
      call: (chart) => {
        const patch = prepare(parseOption(json), undefined, tooltips);
        this.marks.across(() => this.timed(false, () => chart.setOption(patch)));
      },
    });
  }

  /** Draws a full option in place of everything shown; the highlight goes with it. */
  private drawFull(chart: ECharts, option: OptionJson) {
    this.marks.replaced();
    this.drawn = false;
    this.timed(true, () => chart.setOption(option, { notMerge: true }));
    this.marks.refade();
  }

  private timed(full: boolean, call: () => void) {
    const at = performance.now();
    call();
    this.optionTimes.push({ at, ms: performance.now() - at, full });
    if (this.optionTimes.length > 50) {
      this.optionTimes.shift();
    }
  }

  /**
   * Dims every item not named by `{"ids": [...]}` (item ids or names) or `{"indices": {seriesId: [raw data
   * indices]}}`; a graph link stays lit when both its ends are. It survives hovering and zooming. An empty request
   * clears the highlight.
   */
  highlight(json: string) {
    const request = parseHighlight(json);
    this.steps.add({ call: () => this.marks.show(request) });
  }

  clearHighlight() {
    this.steps.add({ call: () => this.marks.reset() });
  }

  /** Sets the x window of all dataZoom components without echoing a range event to the server. */
  zoomTo(from: number, to: number) {
    this.steps.add({
      call: (chart) => chart.dispatchAction({ type: 'dataZoom', startValue: from, endValue: to }, { silent: true }),
    });
  }

  /**
   * Downloads the chart as the user sees it (filters, zoom, roam, highlight), framed for a report: a title,
   * a subtitle (the time window), the legend and a footnote naming the source. PNG is drawn by an offscreen
   * canvas chart at `pixelRatio` times the displayed size; SVG by an offscreen SVG chart, so text stays text.
   */
  exportImage(type: 'png' | 'svg', pixelRatio: number, background: string | null, fileName: string,
    frameJson: string | null = null) {
    this.steps.add({
      call: () => {
        const frame = frameJson ? parseFrame(frameJson) : null;
        const backgroundColor = background || 'transparent';
        if (type === 'png') {
          download(this.renderPng(pixelRatio, backgroundColor, frame), fileName);
          return;
        }
        const url = URL.createObjectURL(new Blob([this.renderSvg(backgroundColor, frame)],
          { type: 'image/svg+xml;charset=utf-8' }));
        download(url, fileName);
        setTimeout(() => URL.revokeObjectURL(url), 10_000);
      },
    });
  }

  /** The current chart as a PNG data URL (used by exportImage; public for tests). */
  renderPng(pixelRatio = 2, backgroundColor = 'transparent', frame: ExportFrame | null = null): string {
    const chart = this.chart;
    const lit = this.marks.lit();
    return chart ? renderPng(this, chart, exportOption(chart, lit, backgroundColor, frame), lit, pixelRatio,
      backgroundColor) : '';
  }

  /** The current chart as an SVG document string (used by exportImage; public for tests). */
  renderSvg(backgroundColor = 'transparent', frame: ExportFrame | null = null): string {
    const chart = this.chart;
    const lit = this.marks.lit();
    return chart ? renderSvg(this, chart, exportOption(chart, lit, backgroundColor, frame), lit) : '';
  }

  private onResize() {
    if (this.chart) {
      this.chart.resize();
      this.marks.refade();
      return;
    }
    if (this.container.clientWidth === 0 || this.container.clientHeight === 0) {
      return;
    }
    // SVG on request (a page to print: vector, sharp at any resolution); canvas otherwise, the faster for big charts
    const renderer = this.getAttribute('renderer') === 'svg' ? 'svg' : 'canvas';
    const chart = echarts.init(this.container, undefined, { renderer });
    chart.on('click', (p) => this.onClick(p as ECElementEvent));
    clickOnSlowTaps(chart, this.container, (p) => this.onClick(p));
    chart.on('datazoom', () => this.onRangeGesture());
    chart.on('brushEnd', (p) => this.onBrushEnd(p));
    chart.on('finished', () => {
      this.drawn = !this.steps.waiting;
    });
    // a roam lays labels out again and a legend toggle redraws: the highlight's strengths are set again after
    chart.on('graphroam', () => { requestAnimationFrame(() => this.marks.refade()); });
    chart.on('legendselectchanged', () => { requestAnimationFrame(() => this.marks.refade()); });
    this.chart = chart;
    this.steps.drain();
  }

  private onClick(p: ECElementEvent) {
    const data = isRecord(p.data) ? p.data : {};
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
      const axis = modelOf(this.chart)?.getComponent('xAxis', 0)?.axis;
      if (axis && axis.type !== 'category') {
        const [from, to] = axis.scale.getExtent();
        this.fireRange(from, to);
      }
    }, RANGE_DEBOUNCE_MS);
  }

  private onBrushEnd(p: unknown) {
    const areas = isRecord(p) && Array.isArray(p.areas) ? p.areas : [];
    const range: unknown = isRecord(areas[0]) ? areas[0].coordRange : undefined;
    if (Array.isArray(range) && typeof range[0] === 'number' && typeof range[1] === 'number') {
      const [from, to] = range;
      window.clearTimeout(this.rangeTimer);
      this.rangeTimer = window.setTimeout(() => this.fireRange(from, to), RANGE_DEBOUNCE_MS);
    }
  }

  private fireRange(from: number, to: number) {
    this.dispatchEvent(new CustomEvent('parley-chart-range', {
      detail: { from: Math.round(from), to: Math.round(to) },
    }));
  }
}
