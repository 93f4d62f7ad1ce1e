"use client";

import type { RouterOutputs } from "@momentum/api";
import { DailyChart } from "./daily-chart";
import type { ReportFilterValues } from "./report-filter-form";
import { ReportSection } from "./report-section";

type TaskCompletion = RouterOutputs["reports"]["taskCompletion"];

/** Tasks completed by priority, and the share of those with a due date done by it. */
export function TaskCompletionReport({ data, filter }: { data: TaskCompletion; filter: ReportFilterValues }) {
  return (
    <ReportSection
      id="task-completion"
      title="Task completion by priority"
      description="Distinct tasks completed per day of completion; on time: completed by the due date, among those that had one."
      tables={["task-completion"]}
      filter={filter}
      empty={data.length === 0}
    >
      <DailyChart
        title="Tasks completed"
        kind="bar"
        rows={data}
        xKey="priority"
        series={[
          { key: "completed", label: "Completed", color: "#3a5bd9" },
          { key: "onTime", label: "On time", color: "#0f9d76" },
        ]}
      />
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">Priority</th>
            <th scope="col" className="numeric">
              Completed
            </th>
            <th scope="col" className="numeric">
              With a due date
            </th>
            <th scope="col" className="numeric">
              On time
            </th>
            <th scope="col" className="numeric">
              On-time share
            </th>
          </tr>
        </thead>
        <tbody>
          {data.map((row) => (
            <tr key={row.priority}>
              <th scope="row">{row.priority}</th>
              <td className="numeric">{row.completed}</td>
              <td className="numeric">{row.withDueDate}</td>
              <td className="numeric">{row.onTime}</td>
              <td className="numeric">
                {row.onTimeShare === null ? "–" : `${Math.round(row.onTimeShare * 1000) / 10}%`}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ReportSection>
  );
}
