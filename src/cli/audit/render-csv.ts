/** One CSV cell: text is quoted as needed and neutralised; numbers are written as they are; null is empty. */
export type CsvValue = string | number | null;

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

/**
 * `csvCell` renders one value as an RFC 4180 field. Text that a spreadsheet would run as a formula (first
 * character `=`, `+`, `-`, `@`, tab or carriage return) gets a leading `'`, so a PR title or override reason
 * such as `=HYPERLINK(…)` stays text when the export is opened in Excel or Sheets. Fields holding a quote,
 * comma, line break or edge whitespace are quoted, with quotes doubled. Numbers are never neutralised.
 */
export function csvCell(value: CsvValue): string {
  if (value === null) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** `renderCsvRow` renders one record line, CRLF-terminated as RFC 4180 asks. */
export function renderCsvRow(values: readonly CsvValue[]): string {
  return `${values.map(csvCell).join(",")}\r\n`;
}
