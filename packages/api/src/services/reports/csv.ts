import Papa from "papaparse";

/**
 * Spreadsheet programs run a cell starting with = + - @ (or tab/CR, which they strip first) as a
 * formula: "CSV injection". Such cells get a leading single quote so they stay plain text.
 *
 * The file is comma-separated, but a spreadsheet in a locale whose list separator is ";" (much of
 * Europe), or one that splits on tabs, cuts a cell like `Ann;=1+1;` into several, and the middle
 * one would run. So a formula character right after any of those separators, a line break or a
 * quote inside the text gets the same quote.
 */
const FORMULA_START = /(^|[,;\t\r\n"])(?=[=+\-@\t\r])/g;

export function neutraliseCell(value: unknown): string {
  if (value === null || value === undefined) return "";
  const s = value instanceof Date ? value.toISOString() : String(value);
  return s.replace(FORMULA_START, "$1'");
}

export function toCsv(header: string[], rows: unknown[][]): string {
  return Papa.unparse({ fields: header, data: rows.map((r) => r.map(neutraliseCell)) }, { newline: "\r\n", quotes: false });
}
