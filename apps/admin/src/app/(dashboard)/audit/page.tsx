import type { Metadata } from "next";
import { AuditLogTable } from "~/components/audit/audit-log-table";
import { NotAllowed } from "~/components/not-allowed";
import { mayOpen } from "~/staff-access";
import { signedInStaff } from "~/trpc/signed-in-staff";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Audit log" };

export default async function AuditPage() {
  const staff = await signedInStaff();
  if (!mayOpen(staff.role, "/audit")) return <NotAllowed page="the audit log" />;
  return (
    <>
      <h1 className="page-title">Audit log</h1>
      <AuditLogTable />
    </>
  );
}
