"use client";

import type { RouterOutputs } from "@momentum/api";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { FormField } from "~/components/form-field";
import { fieldErrorOf, RequestError } from "~/components/request-error";
import { useTRPC } from "~/trpc/react";
import { type DailyActivity, DailyChart } from "./daily-chart";
import { formText } from "~/form-text";

const colors = { primary: "#3a5bd9", secondary: "#0f9d76", tertiary: "#c46a12" };

const sum = (days: DailyActivity[], key: "tasksCompleted" | "habitsCompleted" | "focusMinutes") =>
  days.reduce((total, day) => total + day[key], 0);

/** The analysts' report: a date range, summary figures, daily charts and the activity by type. */
export function ActivityReport({ initialRange }: { initialRange: { from: string; to: string } }) {
  const trpc = useTRPC();
  const [range, setRange] = useState(initialRange);
  const report = useQuery({
    ...trpc.reports.activity.queryOptions(range),
    placeholderData: keepPreviousData,
  });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setRange({ from: formText(form, "from"), to: formText(form, "to") });
  }

  const days = report.data?.days ?? [];
  const summary = [
    {
      key: "peakActiveUsers",
      label: "Peak daily active users",
      value: Math.max(0, ...days.map((d) => d.activeUsers)),
    },
    { key: "tasksCompleted", label: "Tasks completed", value: sum(days, "tasksCompleted") },
    { key: "habitsCompleted", label: "Habits completed", value: sum(days, "habitsCompleted") },
    { key: "focusMinutes", label: "Focus minutes", value: sum(days, "focusMinutes") },
  ];

  return (
    <>
      <form className="range-form" onSubmit={onSubmit} aria-label="Report range">
        <FormField id="report-from" label="From" error={fieldErrorOf(report.error, "input.from")}>
          <input id="report-from" name="from" type="date" defaultValue={initialRange.from} required />
        </FormField>
        <FormField
          id="report-to"
          label="To"
          hint="Up to 366 days; every figure counted by the users' own days."
          error={fieldErrorOf(report.error, "input.to")}
        >
          <input id="report-to" name="to" type="date" defaultValue={initialRange.to} required />
        </FormField>
        <div className="form-actions">
          <button type="submit">Show report</button>
        </div>
      </form>
      {report.error && !report.error.data?.fields && <RequestError error={report.error} />}
      {report.isPending && <p className="muted">Loading…</p>}
      {report.data && (
        <div aria-busy={report.isFetching} className="report">
          <p className="muted">
            {report.data.from} to {report.data.to}
          </p>
          <section aria-label="Totals" className="card-grid">
            {summary.map((figure) => (
              <article key={figure.key} className="card" data-testid={`total-${figure.key}`}>
                <h2 className="card-label">{figure.label}</h2>
                <p className="card-value">{figure.value.toLocaleString("en-US")}</p>
              </article>
            ))}
          </section>
          <div className="chart-grid">
            <DailyChart
              title="Daily active users"
              kind="line"
              rows={days}
              series={[{ key: "activeUsers", label: "Active users", color: colors.primary }]}
            />
            <DailyChart
              title="Completions"
              kind="bar"
              rows={days}
              series={[
                { key: "tasksCompleted", label: "Tasks", color: colors.primary },
                { key: "habitsCompleted", label: "Habits", color: colors.secondary },
              ]}
            />
            <DailyChart
              title="Focus minutes"
              kind="bar"
              rows={days}
              series={[{ key: "focusMinutes", label: "Focus minutes", color: colors.tertiary }]}
            />
            <DailyChart
              title="Average productivity score"
              kind="line"
              rows={days}
              yDomain={[0, 100]}
              series={[{ key: "averageProductivityScore", label: "Average score", color: colors.secondary }]}
            />
          </div>
          <ActivityByType rows={report.data.activityByType} />
          <DailyTable days={days} />
        </div>
      )}
    </>
  );
}

function ActivityByType({ rows }: { rows: RouterOutputs["reports"]["activity"]["activityByType"] }) {
  return (
    <section aria-labelledby="activity-by-type-heading" className="panel">
      <h2 id="activity-by-type-heading">Activity by type</h2>
      {rows.length === 0 ? (
        <p className="muted">No activity in this range.</p>
      ) : (
        <table className="data-table" data-testid="activity-by-type">
          <thead>
            <tr>
              <th scope="col">Type</th>
              <th scope="col">Action</th>
              <th scope="col" className="numeric">
                Count
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={`${row.activityType}.${row.action}`}>
                <td>{row.activityType}</td>
                <td>{row.action}</td>
                <td className="numeric">{row.count.toLocaleString("en-US")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** The charts' numbers as a table, for screen readers and for copying into a spreadsheet. */
function DailyTable({ days }: { days: DailyActivity[] }) {
  return (
    <details className="panel">
      <summary>Daily figures as a table</summary>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">Day</th>
            <th scope="col" className="numeric">
              Active users
            </th>
            <th scope="col" className="numeric">
              Tasks
            </th>
            <th scope="col" className="numeric">
              Habits
            </th>
            <th scope="col" className="numeric">
              Focus minutes
            </th>
            <th scope="col" className="numeric">
              Average score
            </th>
          </tr>
        </thead>
        <tbody>
          {days.map((day) => (
            <tr key={day.date}>
              <th scope="row">{day.date}</th>
              <td className="numeric">{day.activeUsers}</td>
              <td className="numeric">{day.tasksCompleted}</td>
              <td className="numeric">{day.habitsCompleted}</td>
              <td className="numeric">{day.focusMinutes}</td>
              <td className="numeric">{day.averageProductivityScore ?? "–"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
