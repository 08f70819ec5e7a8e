/**
 * Named custom-series renderers: JSON cannot carry functions, so a series names one of these instead (see
 * dev.parley.chart.CustomSeries.Renderer) and the element puts the function in its place.
 */
import * as echarts from 'echarts/core';
import type {
  CustomSeriesRenderItemAPI,
  CustomSeriesRenderItemParams,
  CustomSeriesRenderItemReturn,
} from 'echarts';
import { DIMMED } from './dimming';
import { LabelPlan } from './labels';
import { lineHeight, textWidth } from './text-metrics';
import { type ItemJson, itemOf } from './types';

const LABEL_FONT_PX = 11;
/** The timeline's label font; zrender's default family, which the labels were always drawn in. */
const LABEL_FONT = `${LABEL_FONT_PX}px sans-serif`;

/** What a custom series' renderer reads besides ECharts' api: the raw data and which raw indices are lit. */
export interface CustomHolder {
  data: unknown[];
  /** Raw data indices at full strength while a highlight is shown; undefined when nothing is highlighted. */
  lit?: Set<number>;
}

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The cartesian grid a custom series is drawn in (ECharts' types declare only its `type`). */
function gridOf(params: CustomSeriesRenderItemParams): Rect {
  const sys = params.coordSys as unknown as Partial<Rect>;
  return { x: sys.x ?? 0, y: sys.y ?? 0, width: sys.width ?? 0, height: sys.height ?? 0 };
}

function bandHeight(api: CustomSeriesRenderItemAPI): number {
  const size = api.size?.([0, 1]);
  return Array.isArray(size) ? size[1] : Number(size) || 0;
}

function num(value: unknown): number {
  return typeof value === 'number' ? value : Number(value);
}

export interface Renderer {
  renderItem(params: CustomSeriesRenderItemParams, api: CustomSeriesRenderItemAPI, holder: CustomHolder,
    labels: LabelPlan): CustomSeriesRenderItemReturn;
  encode: Record<string, number | number[]>;
}

/** A horizontal bar from value[0] to value[1] (time) on the category lane value[2]. */
const span: Renderer = {
  encode: { x: [0, 1], y: 2 },
  renderItem(params, api) {
    const lane = num(api.value(2));
    const start = api.coord([num(api.value(0)), lane]);
    const end = api.coord([num(api.value(1)), lane]);
    const height = bandHeight(api) * 0.5;
    const shape = echarts.graphic.clipRectByRect(
      { x: start[0], y: start[1] - height / 2, width: Math.max(end[0] - start[0], 2), height },
      gridOf(params),
    );
    return shape && { type: 'rect', transition: ['shape'], shape, style: { fill: api.visual('color') } };
  },
};

/**
 * A timeline event: value = [from, to, lane], in row `slot` of the lane's `slots`, or a month of events with its
 * `strength`. Drawn as a dot when its span is narrower than the dot (a day at this zoom), else as a rounded bar over
 * its span, so a month or a year reads as such. The label is the item's name, as text.
 */
const event: Renderer = {
  encode: { x: [0, 1], y: 2 },
  renderItem(params, api, holder, labels) {
    const item: ItemJson = itemOf(holder.data[params.dataIndex]);
    const lane = num(api.value(2));
    const slots = Math.max(Number(item.slots) || 1, 1);
    const slot = Number(item.slot) || 0;
    const band = bandHeight(api);
    const step = Math.min((band * 0.85) / slots, 16);
    const start = api.coord([num(api.value(0)), lane]);
    const end = api.coord([num(api.value(1)), lane]);
    const cy = start[1] + (slot - (slots - 1) / 2) * step;
    // a month bar of many events: thicker when busier, unlabelled
    const strength = typeof item.strength === 'number' ? item.strength : undefined;
    const full = Math.max(Math.min(step * 0.75, 10), 3);
    const h = strength === undefined ? full : Math.max(2, full * (0.3 + 0.7 * strength));
    const name = strength === undefined && item.name != null ? String(item.name) : '';
    const opacity = holder.lit ? (holder.lit.has(params.dataIndex) ? 1 : DIMMED) : item.itemStyle?.opacity ?? 1;
    const style = { fill: api.visual('color'), opacity, stroke: '#fff', lineWidth: 0.5 };
    const grid = gridOf(params);
    const width = textWidth(name, LABEL_FONT);
    const rightStart = Math.max(end[0], start[0] + h) + 4;
    const leftEnd = Math.min(start[0], end[0] - h) - 4;
    // rows closer than a line of text take turns: only every n-th row is labelled, so no two lines touch
    const rowsTooTight = slot % Math.max(1, Math.ceil((lineHeight(LABEL_FONT) + 1) / step)) !== 0;
    const extentKey = `${Math.round(api.coord([0, 0])[0])}:${Math.round(grid.width)}:${band}`;
    const itemKey = `${params.seriesIndex}:${params.dataIndex}`;
    const side = name !== '' && !rowsTooTight && opacity > 0.5
      ? labels.side(extentKey, itemKey, String(lane), [rightStart, rightStart + width],
        [leftEnd - width, leftEnd], [grid.x, grid.x + grid.width],
        [cy - lineHeight(LABEL_FONT) / 2, cy + lineHeight(LABEL_FONT) / 2])
      : null;
    const text = side ? {
      textContent: { type: 'text' as const, style: { text: name, font: LABEL_FONT, fill: '#37474f', opacity } },
      textConfig: { position: side, distance: 4 },
    } : {};
    if (end[0] - start[0] < h) {
      const cx = (start[0] + end[0]) / 2;
      if (cx < grid.x || cx > grid.x + grid.width) {
        return null;
      }
      return { type: 'circle', shape: { cx, cy, r: h / 2 }, style, ...text };
    }
    const shape = echarts.graphic.clipRectByRect({ x: start[0], y: cy - h / 2, width: end[0] - start[0], height: h },
      grid);
    return shape && { type: 'rect', shape: { ...shape, r: h / 2 }, style, ...text };
  },
};

export const RENDERERS: Readonly<Record<string, Renderer>> = { 'parley-span': span, 'parley-event': event };
