/**
 * Tooltips, built here from each data item's plain-text `tooltipLines` (never the key `tooltip`, which ECharts would
 * treat as a per-item HTML formatter template) and handed to ECharts as DOM nodes made with textContent: no data
 * text is ever parsed as HTML.
 *
 * The lines are taken out of the items before ECharts sees them and kept in a table of the element (series, item
 * kind, raw data index): ECharts copies and inspects every item of an option, and a list of lines on each of
 * hundreds or thousands of items made a full option markedly slower to set.
 */
import type { TooltipComponentFormatterCallbackParams } from 'echarts';
import { type SeriesJson, isRecord } from './types';

type TooltipParams = TooltipComponentFormatterCallbackParams;
type OneParams = Exclude<TooltipParams, unknown[]>;
type Lines = string[] | string | undefined;

/** The tooltip lines of one chart's items, by series and item kind, in raw data order. */
export class TooltipTable {
  private readonly lines = new Map<string, Lines[]>();

  /** Takes the lines out of a series' items (nodes or points, and links), replacing what it held for that series. */
  take(series: SeriesJson, index: number) {
    const key = series.id != null ? `id:${String(series.id)}` : `index:${index}`;
    this.takeFrom(series.data, key + '|item');
    this.takeFrom(series.links ?? series.edges, key + '|edge');
  }

  linesOf(params: OneParams): Lines {
    const kind = params.dataType === 'edge' ? '|edge' : '|item';
    const byId = params.seriesId != null ? this.lines.get(`id:${params.seriesId}${kind}`) : undefined;
    const table = byId ?? this.lines.get(`index:${params.seriesIndex}${kind}`);
    return table?.[params.dataIndex];
  }

  private takeFrom(items: unknown[] | undefined, key: string) {
    if (!Array.isArray(items)) {
      return;
    }
    const taken: Lines[] = new Array(items.length);
    let any = false;
    items.forEach((item, i) => {
      if (isRecord(item) && 'tooltipLines' in item) {
        taken[i] = item.tooltipLines as Lines;
        delete item.tooltipLines;
        any = true;
      }
    });
    if (any) {
      this.lines.set(key, taken);
    } else {
      this.lines.delete(key);
    }
  }
}

function lineElement(text: string, bold = false): HTMLElement {
  const div = document.createElement('div');
  div.textContent = text;
  if (bold) {
    div.style.fontWeight = '600';
  }
  return div;
}

function linesOf(params: OneParams, table: TooltipTable | undefined): string[] {
  const data: unknown = params.data;
  const lines = table?.linesOf(params) ?? (isRecord(data) ? data.tooltipLines : undefined);
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
export function tooltipFormatter(params: TooltipParams, table?: TooltipTable): HTMLElement {
  const root = document.createElement('div');
  root.className = 'parley-tooltip';
  const all = Array.isArray(params) ? params : [params];
  for (const p of all) {
    linesOf(p, table).forEach((line, i) => root.appendChild(lineElement(line, i === 0 && all.length === 1)));
  }
  return root;
}
