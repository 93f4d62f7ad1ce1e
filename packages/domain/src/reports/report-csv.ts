/**
 * One CSV field (RFC 4180): quoted when it holds a comma, a quote, a line break or leading/trailing
 * spaces, quotes doubled; null and undefined are empty. A field that a spreadsheet would run as a
 * formula (=, +, -, @ first) is prefixed with a quote mark, so a downloaded report cannot run code.
 */
export function csvField(value: unknown): string {
  if (value === null || value === undefined) return "";
  let text = typeof value === "string" ? value : String(value as number | boolean);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One CSV record, ended by CRLF as RFC 4180 says. */
export const csvLine = (values: readonly unknown[]): string => `${values.map(csvField).join(",")}\r\n`;

/** The byte order mark that makes spreadsheet programs read the file as UTF-8. */
export const CSV_BOM = "\uFEFF";
