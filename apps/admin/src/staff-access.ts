import type { RouterOutputs } from "@momentum/api";

export type SignedInStaffProfile = NonNullable<RouterOutputs["staffAuth"]["me"]>;
/** The role names as plain strings ("admin", ...), without importing the database package into the bundle. */
export type StaffRoleName = `${SignedInStaffProfile["role"]}`;

export interface DashboardSection {
  href: string;
  label: string;
  /** Who may open it; the API enforces the same roles on every procedure the page calls. */
  roles: readonly StaffRoleName[];
}

export const dashboardSections = [
  { href: "/", label: "Overview", roles: ["admin", "support", "analyst"] },
  { href: "/users", label: "Users", roles: ["admin", "support"] },
  { href: "/reports", label: "Reports", roles: ["admin", "analyst"] },
  { href: "/staff", label: "Staff", roles: ["admin"] },
  { href: "/audit", label: "Audit log", roles: ["admin", "support"] },
  { href: "/messages", label: "Parked messages", roles: ["admin", "support"] },
] as const satisfies readonly DashboardSection[];

export type DashboardPath = (typeof dashboardSections)[number]["href"];

export function mayOpen(role: StaffRoleName, href: DashboardPath): boolean {
  const section: DashboardSection | undefined = dashboardSections.find(
    (candidate) => candidate.href === href,
  );
  return section?.roles.includes(role) ?? false;
}

export const sectionsFor = (role: StaffRoleName): DashboardSection[] =>
  dashboardSections.filter((section: DashboardSection) => section.roles.includes(role));

export const staffRoleLabels: Record<StaffRoleName, string> = {
  admin: "Admin",
  support: "Support",
  analyst: "Analyst",
};
