"use client";

import type { RouterOutputs } from "@momentum/api";
import { DailyChart } from "./daily-chart";
import type { ReportFilterValues } from "./report-filter-form";
import { ReportSection } from "./report-section";

type FocusMinutes = RouterOutputs["reports"]["focusMinutes"];

/** Focus minutes logged per day, and how many users logged any. */
export function FocusMinutesReport({ data, filter }: { data: FocusMinutes; filter: ReportFilterValues }) {
  const total = data.reduce((sum, day) => sum + day.focusMinutes, 0);
  return (
    <ReportSection
      id="focus-minutes"
      title="Focus minutes"
      description={`Minutes of focus sessions logged for each day: ${total.toLocaleString("en-US")} in all.`}
      tables={["focus-minutes"]}
      filter={filter}
      empty={total === 0}
    >
      <DailyChart
        title="Focus minutes per day"
        kind="bar"
        rows={data}
        series={[{ key: "focusMinutes", label: "Focus minutes", color: "#c46a12" }]}
      />
    </ReportSection>
  );
}
