/**
 * Text measured by the browser, in the font it is drawn with, so names in any script (Arabic, Cyrillic, CJK) get
 * their real width. ECharts' own measure is not enough for placing labels: zrender takes a line's height to be the
 * width of '国', which is a few pixels where no CJK font is installed, and then sees no overlap between rows.
 */

/** ECharts' and zrender's default font for a label without a font of its own. */
export const DEFAULT_FONT = '12px sans-serif';

let context: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D | null | undefined;

function measuring(): CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D | null {
  if (context === undefined) {
    context = typeof OffscreenCanvas === 'function'
      ? new OffscreenCanvas(1, 1).getContext('2d')
      : document.createElement('canvas').getContext('2d');
  }
  return context;
}

const widths = new Map<string, number>();
const heights = new Map<string, number>();
/** Labels repeat across redraws; beyond this many distinct ones the cache starts again rather than grow. */
const MAX_CACHED = 20_000;

function fontSizeOf(font: string): number {
  const size = /(\d+(?:\.\d+)?)px/.exec(font);
  return size ? Number(size[1]) : 12;
}

/** Width in CSS pixels of one line of text in a CSS font. */
export function textWidth(text: string, font: string = DEFAULT_FONT): number {
  const key = `${font}\u0000${text}`;
  let width = widths.get(key);
  if (width === undefined) {
    const ctx = measuring();
    if (ctx) {
      ctx.font = font;
      width = ctx.measureText(text).width;
    } else {
      width = text.length * fontSizeOf(font) * 0.6; // no canvas at all: the rough width ECharts would guess too
    }
    if (widths.size >= MAX_CACHED) {
      widths.clear();
    }
    widths.set(key, width);
  }
  return width;
}

/** Height in CSS pixels of a line of text in a CSS font: the font's ascent and descent, as a text box is laid out. */
export function lineHeight(font: string = DEFAULT_FONT): number {
  let height = heights.get(font);
  if (height === undefined) {
    const ctx = measuring();
    let measured = NaN;
    if (ctx) {
      ctx.font = font;
      const metrics = ctx.measureText('Mg');
      measured = metrics.fontBoundingBoxAscent + metrics.fontBoundingBoxDescent;
    }
    height = Number.isFinite(measured) && measured > 0 ? measured : fontSizeOf(font) * 1.2;
    heights.set(font, height);
  }
  return height;
}
