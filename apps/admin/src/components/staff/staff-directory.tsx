"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { ConfirmButton } from "~/components/confirm-button";
import { RequestError } from "~/components/request-error";
import { formatInstant } from "~/format-instant";
import { useTRPC } from "~/trpc/react";
import { RoleOptions } from "./role-options";

/** Every staff account with its role and status; admins change roles and (de)activate accounts here. */
export function StaffDirectory({ currentStaffId }: { currentStaffId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const staff = useQuery(trpc.staffUsers.list.queryOptions());
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.staffUsers.list.queryKey() });
  const changeRole = useMutation(trpc.staffUsers.changeRole.mutationOptions({ onSettled: refresh }));
  const deactivate = useMutation(trpc.staffUsers.deactivate.mutationOptions({ onSettled: refresh }));
  const reactivate = useMutation(trpc.staffUsers.reactivate.mutationOptions({ onSettled: refresh }));
  const pending = changeRole.isPending || deactivate.isPending || reactivate.isPending;
  const failure = changeRole.error ?? deactivate.error ?? reactivate.error;

  return (
    <section aria-labelledby="staff-heading" className="panel">
      <h2 id="staff-heading">Staff accounts</h2>
      <RequestError error={staff.error ?? failure} testId="staff-error" />
      {staff.isPending && <p className="muted">Loading…</p>}
      {staff.data && (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Email</th>
              <th scope="col">Role</th>
              <th scope="col">Status</th>
              <th scope="col">Last sign-in</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {staff.data.map((member) => {
              const isSelf = member.id === currentStaffId;
              return (
                <tr key={member.id} data-testid={`staff-row-${member.email}`}>
                  <th scope="row">
                    {member.fullName}
                    {isSelf && <span className="muted"> (you)</span>}
                  </th>
                  <td>{member.email}</td>
                  <td>
                    <select
                      aria-label={`Role of ${member.fullName}`}
                      value={member.role}
                      disabled={isSelf || pending}
                      onChange={(event) =>
                        changeRole.mutate({ staffUserId: member.id, role: event.target.value })
                      }
                    >
                      <RoleOptions />
                    </select>
                  </td>
                  <td>{member.isActive ? "Active" : <span className="status-off">Deactivated</span>}</td>
                  <td>{member.lastLoginAt ? formatInstant(member.lastLoginAt) : "Never"}</td>
                  <td className="actions">
                    {isSelf ? null : member.isActive ? (
                      <ConfirmButton
                        label="Deactivate"
                        question={`Deactivate ${member.fullName} and end their sessions?`}
                        confirmLabel="Deactivate"
                        disabled={pending}
                        onConfirm={() => deactivate.mutate({ staffUserId: member.id })}
                      />
                    ) : (
                      <button
                        type="button"
                        className="button-secondary"
                        disabled={pending}
                        onClick={() => reactivate.mutate({ staffUserId: member.id })}
                      >
                        Reactivate
                      </button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
