import { escapeHtml } from "./escape-html.js";

/** Geometry shared by the dashboard's charts (SVG user units). */
export const FRAME = { width: 720, height: 220, left: 48, right: 12, top: 12, bottom: 28 } as const;

/** Plot area width and height inside the frame's margins. */
export const PLOT = { width: FRAME.width - FRAME.left - FRAME.right, height: FRAME.height - FRAME.top - FRAME.bottom } as const;

/** A y axis from 0 to `max` with ticks every `step` (1, 2 or 5 times a power of ten). */
export interface Scale {
  max: number;
  step: number;
}

/**
 * `niceScale` returns a 0-based scale covering `peak` in about four ticks; peak ≤ 0 gives 0..1. With
 * `integer` (counts) the step is at least 1.
 */
export function niceScale(peak: number, integer = false): Scale {
  if (!(peak > 0)) return { max: 1, step: 1 };
  const rough = peak / 4;
  const power = 10 ** Math.floor(Math.log10(rough));
  const nice = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? 10 * power;
  const step = integer ? Math.max(1, Math.round(nice)) : nice;
  return { max: Math.ceil(peak / step - 1e-9) * step, step };
}

/** `yOf` maps a value on `scale` to its SVG y coordinate. */
export function yOf(value: number, scale: Scale): number {
  return FRAME.top + PLOT.height - (value / scale.max) * PLOT.height;
}

/** `slotX` returns the left edge and width of the i-th of n equal x slots. */
export function slotX(i: number, n: number): { x: number; width: number } {
  const width = PLOT.width / Math.max(1, n);
  return { x: FRAME.left + i * width, width };
}

/**
 * `chartFrame` draws grid lines with y labels (through `formatTick`) and about seven `MM-DD` x labels from
 * `dates`, then wraps `body` in an `<svg>` with an accessible label. All text is escaped.
 */
export function chartFrame(params: { id: string; label: string; dates: readonly string[]; scale: Scale; formatTick: (value: number) => string; body: string }): string {
  const { id, label, dates, scale, formatTick, body } = params;
  const grid: string[] = [];
  for (let value = 0; value <= scale.max + 1e-9; value += scale.step) {
    const y = round(yOf(value, scale));
    grid.push(`<line class="grid" x1="${FRAME.left}" x2="${FRAME.width - FRAME.right}" y1="${y}" y2="${y}"/>`);
    grid.push(`<text class="tick" x="${FRAME.left - 6}" y="${y + 4}" text-anchor="end">${escapeHtml(formatTick(value))}</text>`);
  }
  const every = Math.max(1, Math.ceil(dates.length / 7));
  const xLabels = dates.map((date, i) => {
    if ((dates.length - 1 - i) % every !== 0) return "";
    const { x, width } = slotX(i, dates.length);
    return `<text class="tick" x="${round(x + width / 2)}" y="${FRAME.height - 8}" text-anchor="middle">${escapeHtml(date.slice(5))}</text>`;
  });
  return `<svg id="${escapeHtml(id)}" class="chart" viewBox="0 0 ${FRAME.width} ${FRAME.height}" role="img" aria-label="${escapeHtml(label)}" xmlns="http://www.w3.org/2000/svg">${grid.join("")}${xLabels.join("")}${body}</svg>`;
}

/** `emptyNote` is a centred "no data" text for a chart without a single value. */
export function emptyNote(): string {
  return `<text class="empty" x="${FRAME.left + PLOT.width / 2}" y="${FRAME.top + PLOT.height / 2}" text-anchor="middle">no data in this period</text>`;
}

/** `round` keeps one decimal, so the SVG stays small. */
export function round(value: number): number {
  return Math.round(value * 10) / 10;
}
