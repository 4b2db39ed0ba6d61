import { chartFrame, emptyNote, niceScale, round, slotX, yOf } from "./chart-frame.js";
import { escapeHtml } from "./escape-html.js";

/** One stacked series: a CSS class suffix (`bar-<key>`), a legend name and one value per date. */
export interface BarSeries {
  key: string;
  name: string;
  values: readonly number[];
}

/**
 * `svgBarChart` draws one stacked bar per date (series stacked bottom-up in the given order) as an inline
 * SVG. Every non-zero segment is a `<rect class="bar bar-<key>">` carrying `data-date` and `data-value`
 * and a `<title>` tooltip. Values are assumed non-negative; all text is escaped.
 */
export function svgBarChart(params: { id: string; label: string; dates: readonly string[]; series: readonly BarSeries[] }): string {
  const { id, label, dates, series } = params;
  const totals = dates.map((_, i) => series.reduce((sum, s) => sum + (s.values[i] ?? 0), 0));
  const scale = niceScale(Math.max(0, ...totals), true);
  const bars: string[] = [];
  dates.forEach((date, i) => {
    const slot = slotX(i, dates.length);
    const width = round(Math.max(1, slot.width * 0.7));
    const x = round(slot.x + (slot.width - width) / 2);
    let base = 0;
    for (const s of series) {
      const value = s.values[i] ?? 0;
      if (value <= 0) continue;
      const top = yOf(base + value, scale);
      const height = round(Math.max(1, yOf(base, scale) - top));
      bars.push(
        `<rect class="bar bar-${escapeHtml(s.key)}" data-date="${escapeHtml(date)}" data-value="${value}" x="${x}" y="${round(top)}" width="${width}" height="${height}">` +
          `<title>${escapeHtml(`${date} · ${s.name}: ${value}`)}</title></rect>`,
      );
      base += value;
    }
  });
  const empty = totals.every((t) => t === 0) ? emptyNote() : "";
  return chartFrame({ id, label, dates, scale, formatTick: (v) => String(v), body: bars.join("") + empty });
}
