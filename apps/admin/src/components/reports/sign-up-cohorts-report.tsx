"use client";

import type { RouterOutputs } from "@momentum/api";
import type { ReportFilterValues } from "./report-filter-form";
import { ReportSection } from "./report-section";

type Cohorts = RouterOutputs["reports"]["signUpCohorts"];

/** A share 0..1 as a background from white to the dashboard's blue; dark text stays readable to 60%. */
const shadeOf = (share: number) => ({
  backgroundColor: `hsl(226 68% ${Math.round(97 - share * 47)}%)`,
  color: share > 0.6 ? "#fff" : undefined,
});

/** Weekly sign-up cohorts by weeks retained: each cell the share of the cohort active that week. */
export function SignUpCohortsReport({ data, filter }: { data: Cohorts; filter: ReportFilterValues }) {
  const weeks = Math.max(0, ...data.map((cohort) => cohort.retained.length));
  return (
    <ReportSection
      id="sign-up-cohorts"
      title="Sign-up cohorts"
      description="Users by the week (Monday to Sunday) of their own sign-up day, and the share of them active in each week since; week 0 is the sign-up week."
      tables={["sign-up-cohorts"]}
      filter={filter}
      empty={data.length === 0}
    >
      <table className="data-table cohort-table" data-testid="cohort-table">
        <thead>
          <tr>
            <th scope="col">Week of sign-up</th>
            <th scope="col" className="numeric">
              Users
            </th>
            {Array.from({ length: weeks }, (_, week) => (
              <th key={week} scope="col" className="numeric">
                Week {week}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {data.map((cohort) => (
            <tr key={cohort.weekStart}>
              <th scope="row">{cohort.weekStart}</th>
              <td className="numeric">{cohort.users}</td>
              {Array.from({ length: weeks }, (_, week) => {
                const retained = cohort.retained[week];
                if (retained === undefined) return <td key={week} />;
                const share = cohort.users === 0 ? 0 : retained / cohort.users;
                return (
                  <td
                    key={week}
                    className="numeric cohort-cell"
                    style={shadeOf(share)}
                    title={`${retained} of ${cohort.users}`}
                  >
                    {Math.round(share * 100)}%
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </ReportSection>
  );
}
