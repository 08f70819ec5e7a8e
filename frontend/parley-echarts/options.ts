/**
 * The parts of an option that JSON cannot express, put in by the element: named renderers become functions and
 * every tooltip gets the one formatter that builds its DOM with textContent.
 */
import type { CustomSeriesRenderItemAPI, CustomSeriesRenderItemParams } from 'echarts';
import { LabelPlan } from './labels';
import { type CustomHolder, RENDERERS } from './renderers';
import { type TooltipTable, tooltipFormatter } from './tooltips';
import { type OptionJson, asList } from './types';

/**
 * Prepares an option in place and returns it. `holders` receives each custom series' data holder by series id,
 * which the highlight later marks with the lit items; an export passes none, its holders are its own. `tooltips`
 * takes the items' tooltip lines (see tooltips.ts); an export, which shows no tooltip, passes none.
 */
export function prepare(option: OptionJson, holders?: Map<string, CustomHolder>, tooltips?: TooltipTable): OptionJson {
  const formatter = (params: Parameters<typeof tooltipFormatter>[0]) => tooltipFormatter(params, tooltips);
  if (option.tooltip) {
    option.tooltip = asList(option.tooltip).map((t) => ({ ...t, formatter, renderMode: 'html' }));
  }
  const labels = new LabelPlan();
  asList(option.series).forEach((s, index) => tooltips?.take(s, index));
  for (const s of asList(option.series)) {
    if (s.type === 'custom' && typeof s.renderItem === 'string') {
      const renderer = RENDERERS[s.renderItem];
      if (!renderer) {
        throw new Error(`parley-echarts: unknown renderItem '${s.renderItem}'`);
      }
      const holder: CustomHolder = { data: Array.isArray(s.data) ? s.data : [] };
      if (holders && s.id != null) {
        holders.set(String(s.id), holder);
      }
      s.renderItem = (params: CustomSeriesRenderItemParams, api: CustomSeriesRenderItemAPI) =>
        renderer.renderItem(params, api, holder, labels);
      s.encode = s.encode ?? renderer.encode;
    }
    if (s.tooltip) {
      s.tooltip = { ...s.tooltip, formatter };
    }
  }
  for (const axis of asList(option.xAxis as Record<string, unknown> | Record<string, unknown>[] | undefined)) {
    if (axis.type === 'time' && Array.isArray(axis.breaks) && axis.breaks.length > 0) {
      axis.axisLabel = { ...(axis.axisLabel as object | undefined), formatter: timeLabel };
    }
  }
  return option;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * The labels of a time axis with breaks. ECharts labels the two edges of a break with the full time of day
 * ("2015 Apr 1 00:00:00"), which says nothing to a reader: an edge is labelled with its month, every other tick as
 * ECharts' leveled default would (year, month, day).
 */
function timeLabel(value: number, _index: number, extra?: { break?: unknown }): string {
  const d = new Date(value);
  if (extra?.break) {
    return `${MONTHS[d.getMonth()]} ${d.getFullYear()}`;
  }
  if (d.getMonth() === 0 && d.getDate() === 1) {
    return String(d.getFullYear());
  }
  return d.getDate() === 1 ? MONTHS[d.getMonth()] : `${d.getDate()} ${MONTHS[d.getMonth()]}`;
}
