"use client";

import type { RouterOutputs } from "@momentum/api";
import { DailyChart } from "./daily-chart";
import type { ReportFilterValues } from "./report-filter-form";
import { ReportSection } from "./report-section";

type ActiveUsers = RouterOutputs["reports"]["activeUsers"];

/** Daily, weekly (ISO weeks) and monthly distinct active users. */
export function ActiveUsersReport({ data, filter }: { data: ActiveUsers; filter: ReportFilterValues }) {
  return (
    <ReportSection
      id="active-users"
      title="Active users"
      description="Distinct users with any activity per day, per week (Monday to Sunday) and per month; a period the range covers only in part counts those days only."
      tables={["daily-active-users", "weekly-active-users", "monthly-active-users"]}
      filter={filter}
      empty={data.daily.every((day) => day.activeUsers === 0)}
    >
      <div className="chart-grid">
        <DailyChart
          title="Active users per day"
          kind="line"
          rows={data.daily}
          xKey="start"
          series={[{ key: "activeUsers", label: "Active users", color: "#3a5bd9" }]}
        />
        <DailyChart
          title="Active users per week"
          kind="bar"
          rows={data.weekly}
          xKey="start"
          series={[{ key: "activeUsers", label: "Active users", color: "#0f9d76" }]}
        />
        <DailyChart
          title="Active users per month"
          kind="bar"
          rows={data.monthly}
          xKey="start"
          series={[{ key: "activeUsers", label: "Active users", color: "#c46a12" }]}
        />
      </div>
    </ReportSection>
  );
}
