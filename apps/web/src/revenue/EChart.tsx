import { BarChart, LineChart } from "echarts/charts";
import { GridComponent, LegendComponent, TooltipComponent } from "echarts/components";
import { type EChartsCoreOption, type EChartsType, init, use } from "echarts/core";
import { CanvasRenderer } from "echarts/renderers";
import { type HTMLAttributes, useEffect, useRef } from "react";

// Only what Attain draws is bundled (ECharts is modular).
use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

type Props = {
  option: EChartsCoreOption;
  height: number;
  /** Called with the category index under the pointer when the plot area is clicked. */
  onCategoryClick?: (index: number) => void;
} & Omit<HTMLAttributes<HTMLDivElement>, "onClick">;

export function EChart({ option, height, onCategoryClick, ...rest }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);
  const clickHandler = useRef(onCategoryClick);
  clickHandler.current = onCategoryClick;

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const instance = init(element, undefined, { renderer: "canvas" });
    chart.current = instance;
    // A click anywhere in a month's column counts, not only on the bar (small bars are hard to hit).
    instance.getZr().on("click", (event) => {
      const point = [event.offsetX, event.offsetY];
      if (!clickHandler.current || !instance.containPixel("grid", point)) return;
      const [index] = instance.convertFromPixel({ seriesIndex: 0 }, point) as number[];
      if (typeof index === "number" && index >= 0) clickHandler.current(Math.round(index));
    });
    // Set once the first frame is drawn, so tests (and tools) can tell a drawn chart from an empty canvas.
    instance.on("finished", () => element.setAttribute("data-rendered", "true"));
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    const instance = chart.current;
    if (!instance) return;
    instance.setOption(option, { notMerge: true });
    // Where each category sits, so browser tests (and tools) can point at a month on the canvas.
    const categories = (option.xAxis as { data?: unknown[] } | undefined)?.data ?? [];
    const centres = categories.map((_, i) => {
      const pixel = instance.convertToPixel({ seriesIndex: 0 }, [i, 0]) as number[] | undefined;
      return pixel ? Math.round(pixel[0] ?? 0) : null;
    });
    container.current?.setAttribute("data-category-x", JSON.stringify(centres));
  }, [option]);

  return <div ref={container} style={{ height, width: "100%" }} {...rest} />;
}
