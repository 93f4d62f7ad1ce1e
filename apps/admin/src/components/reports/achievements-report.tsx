"use client";

import type { RouterOutputs } from "@momentum/api";
import { DailyChart } from "./daily-chart";
import type { ReportFilterValues } from "./report-filter-form";
import { ReportSection } from "./report-section";

type Achievements = RouterOutputs["reports"]["achievementsUnlocked"];

/** Achievements unlocked in the range, most first. */
export function AchievementsReport({ data, filter }: { data: Achievements; filter: ReportFilterValues }) {
  const rows = data.map((row) => ({ ...row, label: row.name ?? row.achievementId.slice(0, 8) }));
  return (
    <ReportSection
      id="achievements"
      title="Achievements unlocked"
      description="Awards by achievement, on the day each user earned it."
      tables={["achievements-unlocked"]}
      filter={filter}
      empty={data.length === 0}
    >
      <DailyChart
        title="Unlocked"
        kind="bar"
        rows={rows}
        xKey="label"
        series={[{ key: "unlocked", label: "Unlocked", color: "#c46a12" }]}
      />
    </ReportSection>
  );
}
