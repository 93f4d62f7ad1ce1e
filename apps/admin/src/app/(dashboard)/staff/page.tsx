import type { Metadata } from "next";
import { NotAllowed } from "~/components/not-allowed";
import { AddStaffForm } from "~/components/staff/add-staff-form";
import { StaffDirectory } from "~/components/staff/staff-directory";
import { mayOpen } from "~/staff-access";
import { signedInStaff } from "~/trpc/signed-in-staff";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Staff" };

export default async function StaffPage() {
  const staff = await signedInStaff();
  if (!mayOpen(staff.role, "/staff")) return <NotAllowed page="staff management" />;
  return (
    <>
      <h1 className="page-title">Staff</h1>
      <StaffDirectory currentStaffId={staff.id} />
      <AddStaffForm />
    </>
  );
}
