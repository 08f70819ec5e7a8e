/**
 * Entry module of <parley-echarts>, Parley's one wrapper around Apache ECharts (see dev.parley.chart.EChart and
 * parley-echarts/element.ts): registers the parts of ECharts the charts use (tree-shaken build) and defines the
 * element. The modules under parley-echarts/ each hold one concern.
 */
import * as echarts from 'echarts/core';
import { BarChart, CustomChart, GraphChart, HeatmapChart, LineChart, ScatterChart } from 'echarts/charts';
import {
  BrushComponent,
  DataZoomInsideComponent,
  DataZoomSliderComponent,
  GraphicComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
  VisualMapComponent,
} from 'echarts/components';
import { AxisBreak, LabelLayout } from 'echarts/features';
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers';
import { ParleyECharts } from './parley-echarts/element';
import { installTestHooks } from './parley-echarts/test-hooks';

echarts.use([
  GraphChart, ScatterChart, CustomChart, BarChart, LineChart, HeatmapChart,
  TooltipComponent, LegendComponent, DataZoomInsideComponent, DataZoomSliderComponent, GridComponent,
  TitleComponent, VisualMapComponent, BrushComponent, GraphicComponent, MarkLineComponent, AxisBreak,
  CanvasRenderer, SVGRenderer, LabelLayout,
]);

// the browser tests drive the same bundle users get; the hooks only read the chart
installTestHooks();

if (!customElements.get('parley-echarts')) {
  customElements.define('parley-echarts', ParleyECharts);
}

declare global {
  interface HTMLElementTagNameMap {
    'parley-echarts': ParleyECharts;
  }
}
