import type { Metadata } from "next";
import { ActivityReport } from "~/components/reports/activity-report";
import { AnalystReports } from "~/components/reports/analyst-reports";
import { NotAllowed } from "~/components/not-allowed";
import { mayOpen } from "~/staff-access";
import { signedInStaff } from "~/trpc/signed-in-staff";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Reports" };

const DEFAULT_DAYS = 30;

/** The UTC calendar day `daysBack` days before `now` (Date.UTC rolls the day of month over correctly). */
function utcDayBefore(now: Date, daysBack: number): string {
  const day = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - daysBack);
  return new Date(day).toISOString().slice(0, 10);
}

export default async function ReportsPage() {
  const staff = await signedInStaff();
  if (!mayOpen(staff.role, "/reports")) return <NotAllowed page="reports" />;
  // The last 30 UTC days, today included, decided on the server so the first render matches the browser's.
  const now = new Date();
  const initialRange = { from: utcDayBefore(now, DEFAULT_DAYS - 1), to: utcDayBefore(now, 0) };
  return (
    <>
      <h1 className="page-title">Reports</h1>
      <AnalystReports initialFilter={{ ...initialRange, platform: "all" }} />
      <h2 className="page-title">Daily activity and productivity</h2>
      <ActivityReport initialRange={initialRange} />
    </>
  );
}
