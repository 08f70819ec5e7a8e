/**
 * The texts a chart draws, with the boxes they take, measured in their fonts: for an exported image, the last word
 * on which names are drawn. Whatever placed them (ECharts, the label plan, the graph's names), no text is drawn over
 * another: of two that overlap, the less important is left out.
 */
import type { ECharts } from 'echarts/core';
import { transformedBox } from './labels';
import { DEFAULT_FONT, lineHeight, textWidth } from './text-metrics';
import { type Box, type Drawn, displayListOf, overlaps } from './types';

/** One line of text as the canvas draws it: at (x, y) under `transform`, aligned and on a baseline, in a font. */
export interface DrawnLine {
  text: string;
  font: string;
  x: number;
  y: number;
  textAlign: string;
  textBaseline: string;
  transform: number[];
}

/** A text element (a label, a title, an axis label) with the box of its lines, in chart pixels. */
interface DrawnText {
  owner: Drawn;
  box: Box;
  /** Position in drawing order: later texts are drawn over earlier ones. */
  order: number;
}

/** The visible lines of text of a chart, each from the zrender text element that owns it. */
export function drawnLines(chart: ECharts): { owner: Drawn; line: DrawnLine }[] {
  const lines: { owner: Drawn; line: DrawnLine }[] = [];
  for (const el of displayListOf(chart)) {
    const style = el.style;
    if (el.type !== 'tspan' || !style || !style.text || style.opacity === 0 || el.invisible) {
      continue;
    }
    lines.push({
      owner: el.parent ?? el,
      line: {
        text: style.text,
        font: style.font ?? DEFAULT_FONT,
        x: style.x ?? 0,
        y: style.y ?? 0,
        textAlign: style.textAlign ?? 'left',
        textBaseline: style.textBaseline ?? 'alphabetic',
        transform: el.transform ? Array.from(el.transform) : [1, 0, 0, 1, 0, 0],
      },
    });
  }
  return lines;
}

/** The box a line of text takes: as wide as measured, as high as its font, placed as its alignment and baseline say. */
export function lineBox(line: DrawnLine): Box {
  const width = textWidth(line.text, line.font);
  const height = lineHeight(line.font);
  const left = line.textAlign === 'center' ? line.x - width / 2
    : line.textAlign === 'right' || line.textAlign === 'end' ? line.x - width : line.x;
  const top = line.textBaseline === 'middle' ? line.y - height / 2
    : line.textBaseline === 'top' || line.textBaseline === 'hanging' ? line.y
      : line.textBaseline === 'bottom' || line.textBaseline === 'ideographic' ? line.y - height
        : line.y - height * 0.8; // alphabetic: the baseline sits at about four fifths of the line
  return transformedBox(left, top, width, height, line.transform);
}

function union(a: Box, b: Box): Box {
  return {
    left: Math.min(a.left, b.left), top: Math.min(a.top, b.top),
    right: Math.max(a.right, b.right), bottom: Math.max(a.bottom, b.bottom),
  };
}

function drawnTexts(chart: ECharts): DrawnText[] {
  const texts = new Map<Drawn, DrawnText>();
  drawnLines(chart).forEach(({ owner, line }, order) => {
    const box = lineBox(line);
    const known = texts.get(owner);
    texts.set(owner, known ? { ...known, box: union(known.box, box) } : { owner, box, order });
  });
  return [...texts.values()];
}

function hostArea(text: DrawnText): number {
  const rect = text.owner.__hostTarget?.getBoundingRect?.();
  if (!rect) {
    return 0;
  }
  const box = transformedBox(rect.x, rect.y, rect.width, rect.height, text.owner.__hostTarget?.transform);
  return (box.right - box.left) * (box.bottom - box.top);
}

/**
 * Leaves out every text that would overlap one kept before it. Texts of the chart's frame and axes (titles, legend,
 * axis names, footnote) come first, those drawn on top first; then the labels of items, those of the largest items
 * first, so a big node keeps its name over a small neighbour.
 */
export function hideOverlappingTexts(chart: ECharts): void {
  const area = new Map<DrawnText, number>();
  const texts = drawnTexts(chart);
  texts.forEach((t) => area.set(t, t.owner.__hostTarget ? hostArea(t) : -1));
  texts.sort((a, b) => {
    const labelA = a.owner.__hostTarget ? 1 : 0;
    const labelB = b.owner.__hostTarget ? 1 : 0;
    return labelA - labelB || (labelA ? (area.get(b) ?? 0) - (area.get(a) ?? 0) || a.order - b.order
      : b.order - a.order);
  });
  const kept: Box[] = [];
  for (const text of texts) {
    if (kept.some((box) => overlaps(box, text.box))) {
      text.owner.ignore = true;
      text.owner.markRedraw();
    } else {
      kept.push(text.box);
    }
  }
}
