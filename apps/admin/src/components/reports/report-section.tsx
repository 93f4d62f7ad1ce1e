import { type ReactNode } from "react";
import { CsvDownloadLink } from "./csv-download-link";
import type { ReportFilterValues } from "./report-filter-form";

/** One analyst report: its title, what it counts, its charts or table, and its CSV downloads. */
export function ReportSection(props: {
  id: string;
  title: string;
  description: string;
  tables: string[];
  filter: ReportFilterValues;
  empty: boolean;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={`${props.id}-heading`} className="panel" data-testid={`report-${props.id}`}>
      <h2 id={`${props.id}-heading`}>{props.title}</h2>
      <p className="muted">{props.description}</p>
      {props.empty ? <p className="muted">Nothing in this range.</p> : props.children}
      <p className="actions">
        {props.tables.map((table) => (
          <CsvDownloadLink key={table} table={table} filter={props.filter} />
        ))}
      </p>
    </section>
  );
}
