import type { ReactNode } from "react";
import { DashboardNav } from "~/components/dashboard-nav";
import { SignOutButton } from "~/components/sign-out-button";
import { sectionsFor } from "~/staff-access";
import { signedInStaff } from "~/trpc/signed-in-staff";

export const dynamic = "force-dynamic";

/** Every page behind the login: the navigation the role opens, who is signed in, and signing out. */
export default async function DashboardLayout({ children }: { children: ReactNode }) {
  const staff = await signedInStaff();
  return (
    <>
      <header className="dashboard-header">
        <div className="dashboard-header-inner">
          <span className="brand">Momentum staff</span>
          <DashboardNav sections={sectionsFor(staff.role)} />
          <div className="dashboard-user">
            <span className="muted">
              Signed in as {staff.fullName} ({staff.role})
            </span>
            <SignOutButton />
          </div>
        </div>
      </header>
      <main className="page">{children}</main>
    </>
  );
}
