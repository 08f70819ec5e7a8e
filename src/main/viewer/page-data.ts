/**
 * What a published page carries in its `<script type="application/json">` blocks (written by
 * dev.parley.publish.PublishedPage): the chart as Parley showed it and the evidence behind its items. The blocks are
 * data, never run; a block that does not have the expected shape stops the viewer with a message.
 */

/** The chart as shown: the full option, the patches merged into it since, the highlight and the time window. */
export interface ShownChart {
  patches: unknown[];
  highlight: unknown;
  window: [number, number] | null;
}

export interface PublishedQuote {
  text: string;
  speaker: string | null;
}

export interface PublishedEvent {
  title: string;
  date: string;
  outlet: string;
  article: string;
  url: string | null;
  summary: string | null;
  quotes: PublishedQuote[];
}

/** What a click on one item shows: its label and the indices of its events in `events`. */
export interface ItemEvidence {
  label: string;
  events: number[];
}

export interface Evidence {
  events: PublishedEvent[];
  items: Record<string, ItemEvidence>;
  /** The item whose evidence shows when the page opens (what was selected in Parley), or null. */
  first: string | null;
}

function block(id: string): string {
  const el = document.getElementById(id);
  if (!el || el.textContent === null) {
    throw new Error(`this page lacks its ${id} block`);
  }
  return el.textContent;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The option's JSON text as written, for the element's setOption. */
export function optionJson(): string {
  return block('parley-option');
}

export function shownChart(): ShownChart {
  const v: unknown = JSON.parse(block('parley-shown'));
  if (!isRecord(v) || !Array.isArray(v.patches)) {
    throw new Error('the parley-shown block is not a shown chart');
  }
  const w = v.window;
  const window = Array.isArray(w) && typeof w[0] === 'number' && typeof w[1] === 'number'
    ? [w[0], w[1]] as [number, number] : null;
  return { patches: v.patches, highlight: v.highlight ?? null, window };
}

export function evidence(): Evidence {
  const v: unknown = JSON.parse(block('parley-evidence'));
  if (!isRecord(v) || !Array.isArray(v.events) || !isRecord(v.items)) {
    throw new Error('the parley-evidence block is not evidence');
  }
  return v as unknown as Evidence;
}

/** What is said around the chart: its title, the window and filters, and where the data comes from. */
export interface Frame {
  title: string;
  subtitle: string;
  footnote: string;
}

export function frame(): Frame {
  const v: unknown = JSON.parse(block('parley-frame'));
  if (!isRecord(v) || typeof v.title !== 'string' || typeof v.subtitle !== 'string'
    || typeof v.footnote !== 'string') {
    throw new Error('the parley-frame block is not a frame');
  }
  return { title: v.title, subtitle: v.subtitle, footnote: v.footnote };
}
