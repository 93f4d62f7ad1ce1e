"use client";

import type { RouterOutputs } from "@momentum/api";
import { DailyChart } from "./daily-chart";
import type { ReportFilterValues } from "./report-filter-form";
import { ReportSection } from "./report-section";

type HabitCompletion = RouterOutputs["reports"]["habitCompletion"];

/** Habit completion rate by frequency type, among the habit-days users recorded. */
export function HabitCompletionReport({
  data,
  filter,
}: {
  data: HabitCompletion;
  filter: ReportFilterValues;
}) {
  const rows = data.map((row) => ({ ...row, completionPercent: Math.round(row.completionRate * 1000) / 10 }));
  return (
    <ReportSection
      id="habit-completion"
      title="Habit completion by frequency"
      description="Of the habit-days users recorded (a log or a skip), the share that ended as a completion that counts (a measurable habit at its target)."
      tables={["habit-completion"]}
      filter={filter}
      empty={data.length === 0}
    >
      <DailyChart
        title="Completion rate (%)"
        kind="bar"
        rows={rows}
        xKey="frequencyType"
        yDomain={[0, 100]}
        allowDecimals
        series={[{ key: "completionPercent", label: "Completion rate %", color: "#0f9d76" }]}
      />
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">Frequency</th>
            <th scope="col" className="numeric">
              Recorded days
            </th>
            <th scope="col" className="numeric">
              Completed days
            </th>
            <th scope="col" className="numeric">
              Rate
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.frequencyType}>
              <th scope="row">{row.frequencyType}</th>
              <td className="numeric">{row.recordedDays}</td>
              <td className="numeric">{row.completedDays}</td>
              <td className="numeric">{row.completionPercent}%</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ReportSection>
  );
}
