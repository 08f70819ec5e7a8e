/**
 * A graph's highlight drawn without touching its thousands of drawn items. A veil in the background's colour at
 * 1 - DIMMED over the whole chart looks as every item drawn at DIMMED over that background does; copies of the lit
 * nodes and links, and the names that fit, are drawn above it at their own strength. They live in a zrender of their
 * own on a canvas above the chart's, which lets the pointer through: a click that moves the highlight repaints that
 * canvas with a few shapes, and the chart's (its 5,000 elements listed, sorted and painted again, 60 ms here) is
 * left alone. That repaint was most of an actor click's time (issue 12).
 */
import * as echarts from 'echarts/core';
import type { ECharts } from 'echarts/core';
import { DIMMED } from './dimming';
import { LABEL_MARGIN, labelHost } from './labels';
import { type Box, type Drawn, type SeriesView, modelOf } from './types';


/** A copied shape: any zrender path (ECharts exports no Path class; Rect stands for the type). */
type Copy = InstanceType<typeof echarts.graphic.Rect>;

/** A drawn shape as the veil copies it: its class (read from the instance), geometry, style and place. */
interface ShapeView extends Drawn {
  shape?: object;
  z?: number;
  z2?: number;
}

/** A copy of a drawn shape or text (a text's own lines are drawn from its style), at the given opacity. */
function copyOf(el: ShapeView, opacity: number): Copy | undefined {
  const text = el.type === 'text';
  if (el.ignore || el.invisible || !el.style || !(el.shape || text)) {
    return undefined;
  }
  const Shape = el.constructor as new (opts: object) => Copy;
  const copy = new Shape({
    ...(text ? {} : { shape: { ...el.shape } }),
    style: { ...el.style, opacity: (el.style.opacity ?? 1) * opacity },
    z: el.z,
    z2: el.z2,
    silent: true,
  });
  if (el.transform) {
    copy.setLocalTransform(Array.from(el.transform));
  }
  return copy;
}

/** The shapes and texts drawn for an item or a component, without a text's own lines (tspans). */
function shapesOf(el: Drawn | undefined): ShapeView[] {
  const shapes: ShapeView[] = [];
  const stack = el ? [el] : [];
  for (let next = stack.pop(); next; next = stack.pop()) {
    if (!next.isGroup) {
      shapes.push(next);
    }
    if (next.type !== 'text') {
      stack.push(...(next.childrenRef?.() ?? []));
    }
  }
  return shapes;
}

/** What the legend draws: kept clear of the veil, as the legend is not part of a highlight. */
function legendOf(chart: ECharts): Drawn | undefined {
  const legend = modelOf(chart)?.getComponent('legend', 0);
  const views = chart as unknown as { getViewOfComponentModel(model: unknown): { group: Drawn } | undefined };
  return legend ? views.getViewOfComponentModel(legend)?.group : undefined;
}

/** The colour the chart is drawn on: the first ancestor's background that is not transparent, else white. */
function backgroundOf(host: HTMLElement): string {
  for (let el: HTMLElement | null = host; el; el = el.parentElement) {
    const colour = getComputedStyle(el).backgroundColor;
    if (colour && colour !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(colour)) {
      return colour;
    }
  }
  return '#fff';
}

type Overlay = ReturnType<typeof echarts.zrender.init>;

export class GraphVeil {
  private drawn?: InstanceType<typeof echarts.graphic.Group>;
  private overlay?: Overlay;

  constructor(private readonly host: HTMLElement, private readonly container: HTMLElement) {
  }

  get shown(): boolean {
    return this.drawn !== undefined;
  }

  clear() {
    if (this.drawn) {
      this.overlay?.remove(this.drawn);
      this.drawn = undefined;
    }
  }

  /** The overlay's zrender, made on first use and kept the chart's size. */
  private overlayFor(chart: ECharts): Overlay {
    const width = chart.getWidth();
    const height = chart.getHeight();
    if (!this.overlay) {
      const div = document.createElement('div');
      div.style.cssText = 'position:absolute;inset:0;pointer-events:none';
      this.container.append(div);
      this.overlay = echarts.zrender.init(div, { width, height });
    } else if (this.overlay.getWidth() !== width || this.overlay.getHeight() !== height) {
      this.overlay.resize({ width, height });
    }
    return this.overlay;
  }

  /**
   * Veils the chart and draws the lit nodes, the links between two lit nodes (each at its own strength), the legend
   * and the given names above it. The drawn elements' transforms must be current (see displayListOf).
   */
  show(chart: ECharts, series: SeriesView, lit: Set<number>, names: Map<number, Box>) {
    const zr = this.overlayFor(chart);
    const group = new echarts.graphic.Group({ silent: true });
    group.add(new echarts.graphic.Rect({
      shape: { x: 0, y: 0, width: zr.getWidth(), height: zr.getHeight() },
      style: { fill: backgroundOf(this.host), opacity: 1 - DIMMED },
      silent: true,
    }));
    shapesOf(legendOf(chart)).forEach((s) => this.add(group, copyOf(s, 1)));
    const data = series.getData();
    series.getGraph?.().eachEdge((edge) => {
      if (lit.has(edge.node1.dataIndex) && lit.has(edge.node2.dataIndex)) {
        shapesOf(edge.getGraphicEl()).forEach((s) => this.add(group, copyOf(s, 1)));
      }
    });
    for (let i = 0; i < data.count(); i++) {
      if (lit.has(data.getRawIndex(i))) {
        shapesOf(data.getItemGraphicEl(i)).forEach((s) => this.add(group, copyOf(s, 1)));
      }
    }
    names.forEach((box, i) => {
      const style = labelHost(data.getItemGraphicEl(i))?.getTextContent?.()?.style ?? {};
      group.add(new echarts.graphic.Text({
        style: {
          ...style,
          text: String(data.getName(i)),
          x: box.left + LABEL_MARGIN,
          y: (box.top + box.bottom) / 2,
          align: 'left',
          verticalAlign: 'middle',
          opacity: 1,
        },
        z: 100,
        silent: true,
      }));
    });
    this.clear();
    zr.add(group);
    this.drawn = group;
  }

  private add(group: InstanceType<typeof echarts.graphic.Group>, copy: Copy | undefined) {
    if (copy) {
      group.add(copy);
    }
  }
}
