/**
 * Taps that ECharts does not take for clicks. zrender turns a touch into a click only when the touch ends within
 * 300 ms of its start by the clock at the time the handlers run (node_modules/zrender/lib/dom/HandlerProxy.js,
 * TOUCH_CLICK_DELAY). On a slow phone the touch's start alone (its hover: tooltip, emphasis, a redraw of the
 * graph) can take longer, and a tap then shows the tooltip but selects nothing. This watches single-finger touches
 * that do not move and, when ECharts sent the item's `mouseup` but no `click`, gives it the click.
 */
import type { ECElementEvent, ECharts } from 'echarts/core';

/** A finger that moves farther than this is a drag or a pinch, not a tap. */
const TAP_SLOP_PX = 10;

export function clickOnSlowTaps(chart: ECharts, container: HTMLElement, click: (p: ECElementEvent) => void): void {
  let tap: { x: number; y: number } | null = null;
  let pending: ECElementEvent | null = null;
  container.addEventListener('touchstart', (e) => {
    const t = e.touches[0];
    tap = e.touches.length === 1 && t ? { x: t.clientX, y: t.clientY } : null;
  }, { capture: true, passive: true });
  container.addEventListener('touchmove', (e) => {
    const t = e.touches[0];
    if (tap && (e.touches.length !== 1 || !t || Math.hypot(t.clientX - tap.x, t.clientY - tap.y) > TAP_SLOP_PX)) {
      tap = null;
    }
  }, { capture: true, passive: true });
  chart.on('mouseup', (p) => {
    if (!tap) {
      return;
    }
    tap = null;
    pending = p as ECElementEvent;
    // zrender sends the click, when it does, in the same touchend handler as this mouseup: after it, it is too late
    queueMicrotask(() => {
      if (pending) {
        const missed = pending;
        pending = null;
        click(missed);
      }
    });
  });
  chart.on('click', () => {
    pending = null;
  });
}
