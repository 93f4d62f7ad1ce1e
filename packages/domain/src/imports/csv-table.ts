import { parse } from "csv-parse/sync";

/** One data row of a CSV file, by header name, with the line it starts on (1 is the header). */
export interface CsvRow {
  line: number;
  cells: Record<string, string>;
}

export interface CsvTable {
  header: string[];
  rows: CsvRow[];
}

/**
 * Reads a CSV file with a header row: quoted fields, embedded newlines, "" escapes and a UTF-8 byte
 * order mark are handled by csv-parse; blank lines are left out; a row shorter than the header reads
 * its missing cells as empty. Header names are trimmed.
 */
export function readCsvTable(text: string): CsvTable {
  const records = parse(text, {
    bom: true,
    info: true,
    relax_column_count: true,
    skip_empty_lines: true,
  }) as unknown as { record: string[]; info: { lines: number } }[];
  const [first, ...rest] = records;
  if (!first) return { header: [], rows: [] };
  const header = first.record.map((name) => name.trim());
  const rows = rest.map(({ record, info }) => ({
    // info.lines is the line a record ends on; a record with embedded newlines starts earlier.
    line: info.lines - newlinesIn(record),
    cells: Object.fromEntries(header.map((name, index) => [name, record[index] ?? ""])),
  }));
  return { header, rows };
}

const newlinesIn = (record: string[]): number =>
  record.reduce((count, cell) => count + (cell.match(/\r\n|\r|\n/g)?.length ?? 0), 0);
