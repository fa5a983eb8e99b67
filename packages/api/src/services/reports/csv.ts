import Papa from "papaparse";

/**
 * Spreadsheet programs run a cell starting with = + - @ (or tab/CR, which they strip first) as a
 * formula: "CSV injection". Such cells get a leading single quote so they stay plain text.
 */
export function neutraliseCell(value: unknown): string {
  if (value === null || value === undefined) return "";
  const s = value instanceof Date ? value.toISOString() : String(value);
  return /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
}

export function toCsv(header: string[], rows: unknown[][]): string {
  return Papa.unparse({ fields: header, data: rows.map((r) => r.map(neutraliseCell)) }, { newline: "\r\n", quotes: false });
}
