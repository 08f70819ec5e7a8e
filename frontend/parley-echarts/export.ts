/**
 * Exported images: the chart as the user sees it (filters, zoom, roam, highlight), drawn again by an offscreen chart
 * at the displayed size and framed for a report. Names are placed on the offscreen chart's own geometry, measured in
 * their fonts, and no text is drawn over another. Everything happens in the browser; nothing is sent anywhere.
 */
import * as echarts from 'echarts/core';
import type { ECharts } from 'echarts/core';
import { dimmedCopy } from './dimming';
import { graphNormalOf, labelledNodes } from './highlight';
import { graphNamesThatFit } from './labels';
import { prepare } from './options';
import { hideOverlappingTexts } from './text-boxes';
import { type ExportFrame, type Json, type Lit, type OptionJson, asList, modelOf } from './types';

const FRAME_TOP = 64;
const FRAME_BOTTOM = 26;

/**
 * Called with each export's offscreen chart once its texts are placed, before it is rendered. Production leaves it
 * unset; the test hooks use it to see what an image draws.
 */
export const exportObservers: { laidOut?: (host: HTMLElement, chart: ECharts) => void } = {};

/**
 * The option with room for a title and subtitle at the top, the legend below them and a footnote at the
 * bottom; zoom sliders (controls, not content) are hidden but keep their window.
 */
function framed(option: OptionJson, frame: ExportFrame): OptionJson {
  const o: OptionJson = { ...option };
  o.title = [{
    text: frame.title, subtext: frame.subtitle, left: 'center', top: 4,
    textStyle: { fontSize: 14, fontWeight: 'bold', color: '#263238' }, subtextStyle: { fontSize: 11, color: '#546e7a' },
  }];
  o.graphic = [{
    type: 'text', left: 8, bottom: 6, silent: true,
    style: { text: frame.footnote, fontSize: 10, fill: '#607d8b' },
  }];
  const legend = asList(o.legend).map((l) => ({ ...l, show: true, top: 44, type: 'plain' }));
  const legendRoom = legend.length > 0 ? 22 : 0;
  o.legend = legend;
  o.dataZoom = asList(o.dataZoom).map((z: Json) => (z.type === 'slider' ? { ...z, show: false } : z));
  o.grid = asList(o.grid).map((g) => ({ ...g, top: FRAME_TOP + legendRoom, bottom: FRAME_BOTTOM + 18 }));
  o.series = asList(o.series).map((s) => (s.type === 'graph'
    ? { ...s, top: FRAME_TOP + legendRoom, bottom: FRAME_BOTTOM } : s));
  return o;
}

/**
 * The chart's current option with the highlight (dimmed copies of what is not lit), prepared again (renderers,
 * tooltips) and framed for export.
 */
export function exportOption(chart: ECharts, lit: Lit | undefined, backgroundColor: string,
  frame: ExportFrame | null): OptionJson {
  const option = chart.getOption() as OptionJson;
  if (lit) {
    option.series = asList(option.series).map((s, index) => (s.type === 'graph' || s.type === 'custom'
      ? dimmedCopy(s, lit.get(index) ?? new Set()) : s));
  }
  const prepared = prepare(option);
  return { ...(frame ? framed(prepared, frame) : prepared), animation: false, backgroundColor };
}

/**
 * Decides the names of the offscreen chart as the live chart does, on the offscreen chart's geometry: the graph's
 * lit (or labelled) nodes where their names fit; then, across all its texts, any that would overlap another is left
 * out. ECharts' own overlap hiding measures a line as high as '国' is wide, so it misses rows that collide.
 */
function placeTexts(offscreen: ECharts, lit: Lit | undefined) {
  modelOf(offscreen)?.eachSeries((series, index) => {
    if (series.subType !== 'graph') {
      return;
    }
    const data = series.getData();
    const shown = lit?.get(index);
    const named = graphNamesThatFit(offscreen, series, shown ?? labelledNodes(graphNormalOf(series)), false, !!shown);
    for (let i = 0; i < data.count(); i++) {
      const el = data.getItemGraphicEl(i);
      const stack = el ? [el] : [];
      for (let next = stack.pop(); next; next = stack.pop()) {
        const text = next.getTextContent?.();
        if (text) {
          text.ignore = !named.has(i);
          text.markRedraw();
        }
        stack.push(...(next.childrenRef?.() ?? []));
      }
    }
  });
  hideOverlappingTexts(offscreen);
}

/** Draws `option` on the offscreen chart, places its texts and hands it to `render`; then disposes of it. */
function drawOffscreen<T>(host: HTMLElement, offscreen: ECharts, option: OptionJson, lit: Lit | undefined,
  render: (chart: ECharts) => T): T {
  try {
    offscreen.setOption(option);
    placeTexts(offscreen, lit);
    exportObservers.laidOut?.(host, offscreen);
    return render(offscreen);
  } finally {
    offscreen.dispose();
  }
}

/** The chart as a PNG data URL, `pixelRatio` times its displayed size. */
export function renderPng(host: HTMLElement, chart: ECharts, option: OptionJson, lit: Lit | undefined,
  pixelRatio: number, backgroundColor: string): string {
  const holder = document.createElement('div');
  holder.style.cssText = `position:fixed;left:-100000px;top:0;width:${chart.getWidth()}px;`
    + `height:${chart.getHeight()}px;`;
  document.body.appendChild(holder);
  try {
    const offscreen = echarts.init(holder, undefined, {
      renderer: 'canvas', width: chart.getWidth(), height: chart.getHeight(), devicePixelRatio: pixelRatio,
    });
    return drawOffscreen(host, offscreen, option, lit,
      (c) => c.getDataURL({ type: 'png', pixelRatio, backgroundColor }));
  } finally {
    holder.remove();
  }
}

/** The chart as an SVG document string, its text kept as text. */
export function renderSvg(host: HTMLElement, chart: ECharts, option: OptionJson, lit: Lit | undefined): string {
  // server-side rendering mode draws without a DOM element
  const offscreen = echarts.init(null as unknown as HTMLElement, undefined, {
    renderer: 'svg', ssr: true, width: chart.getWidth(), height: chart.getHeight(),
  });
  return drawOffscreen(host, offscreen, option, lit, (c) => c.renderToSVGString());
}

export function download(href: string, fileName: string): void {
  const a = document.createElement('a');
  a.href = href;
  a.download = fileName;
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
}
