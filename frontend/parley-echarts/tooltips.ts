/**
 * Tooltips, built here from each data item's plain-text `tooltipLines` (never the key `tooltip`, which ECharts would
 * treat as a per-item HTML formatter template) and handed to ECharts as DOM nodes made with textContent: no data
 * text is ever parsed as HTML.
 */
import type { TooltipComponentFormatterCallbackParams } from 'echarts';
import { isRecord } from './types';

type TooltipParams = TooltipComponentFormatterCallbackParams;
type OneParams = Exclude<TooltipParams, unknown[]>;

function lineElement(text: string, bold = false): HTMLElement {
  const div = document.createElement('div');
  div.textContent = text;
  if (bold) {
    div.style.fontWeight = '600';
  }
  return div;
}

function linesOf(params: OneParams): string[] {
  const data: unknown = params.data;
  const lines = isRecord(data) ? data.tooltipLines : undefined;
  if (Array.isArray(lines)) {
    return lines.map(String);
  }
  if (typeof lines === 'string') {
    return lines.split('\n');
  }
  const name = params.name != null && params.name !== '' ? String(params.name) : '';
  const value = Array.isArray(params.value) || params.value == null ? '' : String(params.value);
  return [[params.seriesName, name, value].filter((s) => s != null && s !== '').join(': ')];
}

/** The only tooltip formatter: builds DOM with textContent, so no data text is parsed as HTML. */
export function tooltipFormatter(params: TooltipParams): HTMLElement {
  const root = document.createElement('div');
  root.className = 'parley-tooltip';
  const all = Array.isArray(params) ? params : [params];
  for (const p of all) {
    linesOf(p).forEach((line, i) => root.appendChild(lineElement(line, i === 0 && all.length === 1)));
  }
  return root;
}
