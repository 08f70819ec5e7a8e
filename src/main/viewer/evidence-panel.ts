/**
 * The panel beside a published chart: what a click on an item shows, built from text nodes only (every string comes
 * from the data, so none is ever parsed as markup). A source link is a plain link, and only an http(s) one.
 */
import type { Evidence, ItemEvidence, PublishedEvent } from './page-data';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  e.className = className;
  if (text !== undefined) {
    e.textContent = text;
  }
  return e;
}

function safeUrl(url: string | null): string | null {
  if (url === null) {
    return null;
  }
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

function eventCard(event: PublishedEvent): HTMLElement {
  const card = el('article', 'event');
  card.append(el('h3', 'event-title', event.title));
  card.append(el('p', 'event-meta', `${event.date} · ${event.outlet}`));
  if (event.summary) {
    card.append(el('p', 'event-summary', event.summary));
  }
  for (const quote of event.quotes) {
    const q = el('blockquote', 'quote');
    q.append(el('p', 'quote-text', `“${quote.text}”`));
    if (quote.speaker) {
      q.append(el('footer', 'quote-speaker', `— ${quote.speaker}`));
    }
    card.append(q);
  }
  const source = el('p', 'event-source');
  const href = safeUrl(event.url);
  if (href) {
    const a = el('a', 'source-link', event.article);
    a.href = href;
    a.rel = 'noopener noreferrer';
    a.target = '_blank';
    source.append('Source: ', a);
  } else {
    source.append(`Source: ${event.article}`);
  }
  card.append(source);
  return card;
}

/** Shows the evidence of one item, or a hint when the item has none. */
export function showItem(panel: HTMLElement, evidence: Evidence, item: ItemEvidence | undefined): void {
  panel.replaceChildren();
  if (!item) {
    panel.append(el('p', 'hint', 'Nothing more is known about this item here.'));
    return;
  }
  panel.append(el('h2', 'item-label', item.label));
  const n = item.events.length;
  panel.append(el('p', 'item-count', n === 1 ? '1 event' : `${n} events`));
  for (const i of item.events) {
    const event = evidence.events[i];
    if (event) {
      panel.append(eventCard(event));
    }
  }
}
