import { type StaffRoleName, staffRoleLabels } from "~/staff-access";

const roles = Object.keys(staffRoleLabels) as StaffRoleName[];

/** The options of a role select, in one order everywhere. */
export function RoleOptions() {
  return roles.map((role) => (
    <option key={role} value={role}>
      {staffRoleLabels[role]}
    </option>
  ));
}
