/**
 * When charts draw: full options one chart at a time, smallest first, and a large one only after what came before it
 * has painted, so the page shows its quick charts (the timeline) at once instead of after the slowest (a large
 * network) has drawn. Small options (a relationship's two charts, the statistics) draw back to back: waiting for a
 * paint between them would cost two frames each and show nothing sooner, so they draw as soon as they arrive.
 */
import type { ECharts } from 'echarts/core';

/**
 * Calls `run` once, after `frames` animation frames or after 150 ms, whichever comes first: a hidden tab or a
 * headless screenshot may produce no frames at all.
 */
export function afterFrames(frames: number, run: () => void): void {
  let done = false;
  const once = () => {
    if (!done) {
      done = true;
      run();
    }
  };
  const frame = (left: number) => (left <= 0 ? once() : requestAnimationFrame(() => frame(left - 1)));
  frame(frames);
  window.setTimeout(once, 150);
}

/**
 * Options up to this size (JSON characters) draw without waiting for a paint before them: a few hundred items, a
 * few milliseconds of drawing. The timeline of the full synthetic data is several times larger, its network more.
 */
export const SMALL_OPTION = 64 * 1024;

class DrawQueue {
  private readonly jobs: { size: number; run: () => void }[] = [];
  private busy = false;

  add(size: number, run: () => void) {
    if (!this.busy && size <= SMALL_OPTION) {
      // at once, within the server's response: the browser then lays the page out and paints it with the chart once
      run();
      return;
    }
    this.jobs.push({ size, run });
    this.jobs.sort((a, b) => a.size - b.size);
    if (!this.busy) {
      this.busy = true;
      // a task, not a frame: the options of one server response are all queued by then, and drawn smallest first
      window.setTimeout(() => this.next(), 0);
    }
  }

  /** Runs the next jobs: small ones at once, a large one after the browser has painted (two frames later). */
  private next() {
    let ran = false;
    while (this.jobs.length > 0 && (!ran || this.jobs[0].size <= SMALL_OPTION)) {
      (this.jobs.shift() as { run: () => void }).run();
      ran = true;
    }
    if (this.jobs.length === 0) {
      this.busy = false;
      return;
    }
    afterFrames(2, () => this.next()); // what was drawn has painted before the large one starts
  }
}

/**
 * A call waiting for the chart; a full option (with its size) goes through the draw queue. A step with `until`
 * (an option still on its way) also waits for that promise, and so do the steps behind it.
 */
export interface Step {
  size?: number;
  until?: Promise<unknown>;
  call: (chart: ECharts) => void;
}

const drawQueue = new DrawQueue();

/**
 * The calls of one chart in order: each waits until the chart exists (it has a size) and the full option before it
 * has been drawn; full options wait their turn in the page's draw queue.
 */
export class Steps {
  private readonly pending: Step[] = [];
  /** Whether a full option of this chart waits in the draw queue; later calls wait behind it. */
  private drawing = false;

  constructor(private readonly chartOf: () => ECharts | undefined) {
  }

  /** Whether a full option waits to be drawn, in the queue or for the chart. */
  get waiting(): boolean {
    return this.drawing || this.pending.some((step) => step.size !== undefined);
  }

  add(step: Step) {
    const until = step.until;
    if (until) {
      // settled either way: a failed fetch drops its step (the element has said why), the rest go on
      until.then(() => { step.until = undefined; }, () => { step.call = () => {}; step.until = undefined; })
        .then(() => this.drain());
    }
    this.pending.push(step);
    this.drain();
  }

  drain() {
    let chart = this.chartOf();
    while (chart && !this.drawing && this.pending.length > 0 && !this.pending[0].until) {
      const step = this.pending.shift() as Step;
      const on = chart;
      if (step.size === undefined) {
        step.call(on);
      } else {
        this.drawing = true;
        drawQueue.add(step.size, () => {
          this.drawing = false; // ECharts may report 'finished' from within setOption
          step.call(on);
          this.drain();
        });
      }
      chart = this.chartOf();
    }
  }
}
