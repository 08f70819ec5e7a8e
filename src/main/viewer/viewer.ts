/**
 * The script of a published chart (see dev.parley.publish and docs/sharing.md): draws the option Parley showed with
 * the same <parley-echarts> element, and shows beside it the evidence of a clicked item. Bundled with its element
 * and ECharts into one file by esbuild (pom.xml), inlined into every published page (it loads nothing), and served
 * to embeds from its own address (dev.parley.embed).
 */
import '../../../frontend/parley-echarts';
import { showItem } from './evidence-panel';
import { reportHeightToParent } from './frame-height';
import { evidence, frame, optionJson, shownChart } from './page-data';

function setText(id: string, text: string): void {
  const el = document.getElementById(id);
  if (el) {
    el.textContent = text;
  }
}

function start(): void {
  const chart = document.getElementById('chart');
  const panel = document.getElementById('evidence');
  if (!(chart instanceof HTMLElement) || !panel) {
    throw new Error('this page lacks its chart or evidence panel');
  }
  const element = chart as HTMLElementTagNameMap['parley-echarts'];
  const said = frame();
  document.title = said.title;
  setText('title', said.title);
  setText('subtitle', said.subtitle);
  setText('footnote', said.footnote);
  const shown = shownChart();
  const known = evidence();
  element.setOption(optionJson());
  for (const patch of shown.patches) {
    element.updateOption(JSON.stringify(patch));
  }
  if (shown.highlight !== null) {
    element.highlight(JSON.stringify(shown.highlight));
  }
  if (shown.window) {
    element.zoomTo(shown.window[0], shown.window[1]);
  }
  if (known.first !== null && Object.hasOwn(known.items, known.first)) {
    showItem(panel, known, known.items[known.first]);
  }
  element.addEventListener('parley-chart-click', (e) => {
    const id = (e as CustomEvent<{ id: string | null }>).detail.id;
    if (id !== null) {
      showItem(panel, known, Object.hasOwn(known.items, id) ? known.items[id] : undefined);
    }
  });
  reportHeightToParent();
}

start();
