import type { ReportFilterValues } from "./report-filter-form";

/** Downloads one report table as CSV from the API (through the dashboard's proxy, with the session). */
export function CsvDownloadLink({ table, filter }: { table: string; filter: ReportFilterValues }) {
  const query = new URLSearchParams({ from: filter.from, to: filter.to, platform: filter.platform });
  return (
    <a
      className="button-secondary csv-link"
      href={`/exports/reports/${table}.csv?${query.toString()}`}
      download
    >
      Download {table}.csv
    </a>
  );
}
