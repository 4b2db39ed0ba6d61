import { chartFrame, emptyNote, niceScale, round, slotX, yOf } from "./chart-frame.js";
import { escapeHtml } from "./escape-html.js";

/** One line: a CSS class suffix (`line-<key>`), a legend name and one value per date (null = no value). */
export interface LineSeries {
  key: string;
  name: string;
  values: readonly (number | null)[];
}

/**
 * `svgLineChart` draws each series as polylines through the dates that have a value (a gap where null)
 * and a `<circle class="point point-<key>">` with `data-date`, `data-value` and a `<title>` per value.
 * `format` renders values for ticks and tooltips. All text is escaped.
 */
export function svgLineChart(params: { id: string; label: string; dates: readonly string[]; series: readonly LineSeries[]; format: (value: number) => string }): string {
  const { id, label, dates, series, format } = params;
  const values = series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  const scale = niceScale(Math.max(0, ...values));
  const parts: string[] = [];
  for (const s of series) {
    let run: string[] = [];
    const flush = () => {
      if (run.length > 1) parts.push(`<polyline class="line line-${escapeHtml(s.key)}" points="${run.join(" ")}"/>`);
      run = [];
    };
    const points: string[] = [];
    dates.forEach((date, i) => {
      const value = s.values[i] ?? null;
      if (value === null) return flush();
      const slot = slotX(i, dates.length);
      const x = round(slot.x + slot.width / 2);
      const y = round(yOf(value, scale));
      run.push(`${x},${y}`);
      points.push(
        `<circle class="point point-${escapeHtml(s.key)}" data-date="${escapeHtml(date)}" data-value="${value}" cx="${x}" cy="${y}" r="3">` +
          `<title>${escapeHtml(`${date} · ${s.name}: ${format(value)}`)}</title></circle>`,
      );
    });
    flush();
    parts.push(...points);
  }
  const empty = values.length === 0 ? emptyNote() : "";
  return chartFrame({ id, label, dates, scale, formatTick: format, body: parts.join("") + empty });
}
