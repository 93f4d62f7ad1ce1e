"use client";

import type { RouterOutputs } from "@momentum/api";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { ConfirmButton } from "~/components/confirm-button";
import { FormField } from "~/components/form-field";
import { fieldErrorOf, RequestError } from "~/components/request-error";
import { useTRPC } from "~/trpc/react";

type UserAccountView = RouterOutputs["users"]["get"];

/**
 * What the signed-in staff member may do with the account (the API's `allowedActions`), each confirmed in
 * place and sent with the reason typed here, which the audit log keeps.
 */
export function UserActions({ account }: { account: UserAccountView }) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [reason, setReason] = useState("");
  const [done, setDone] = useState<string | null>(null);
  const refresh = () =>
    queryClient.invalidateQueries({ queryKey: trpc.users.get.queryKey({ userId: account.id }) });
  const options = (message: string) => ({
    onSuccess: () => {
      setDone(message);
      setReason("");
    },
    onSettled: refresh,
  });
  const endSessions = useMutation(trpc.users.endSessions.mutationOptions(options("Every session ended.")));
  const sendReset = useMutation(trpc.users.sendPasswordReset.mutationOptions(options("Reset e-mail sent.")));
  const suspend = useMutation(trpc.users.suspend.mutationOptions(options("Account suspended.")));
  const reactivate = useMutation(trpc.users.reactivate.mutationOptions(options("Account reactivated.")));
  const exportData = useMutation(trpc.users.exportData.mutationOptions(options("Data export requested.")));
  const remove = useMutation(trpc.users.delete.mutationOptions({ onSuccess: () => router.push("/users") }));
  const mutations = [endSessions, sendReset, suspend, reactivate, exportData, remove];
  const pending = mutations.some((mutation) => mutation.isPending);
  const failure = mutations.find((mutation) => mutation.error)?.error ?? null;
  const may = (action: UserAccountView["allowedActions"][number]) => account.allowedActions.includes(action);
  const input = { userId: account.id, reason };
  const name = account.profile?.fullName ?? account.id;
  if (account.state === "deleted") return null;

  return (
    <section aria-labelledby="actions-heading" className="panel">
      <h2 id="actions-heading">Actions</h2>
      <FormField
        id="action-reason"
        label="Reason (kept in the audit log)"
        hint="Say why, e.g. the ticket number"
        error={fieldErrorOf(failure, "input.reason")}
      >
        <textarea
          id="action-reason"
          rows={2}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
        />
      </FormField>
      <RequestError error={failure} testId="user-action-error" />
      {done && (
        <p className="success" role="status">
          {done}
        </p>
      )}
      <div className="action-row">
        {may("endSessions") && (
          <ConfirmButton
            label="End all sessions"
            question={`Sign ${name} out on every device?`}
            confirmLabel="End sessions"
            disabled={pending}
            onConfirm={() => endSessions.mutate(input)}
          />
        )}
        {may("sendPasswordReset") && account.state === "active" && (
          <ConfirmButton
            label="Send password reset"
            question={`E-mail ${name} a password-reset link?`}
            confirmLabel="Send e-mail"
            disabled={pending}
            onConfirm={() => sendReset.mutate(input)}
          />
        )}
        {may("suspend") && account.state === "active" && (
          <ConfirmButton
            label="Suspend"
            question={`Suspend ${name}? They are signed out everywhere and cannot sign in.`}
            confirmLabel="Suspend"
            disabled={pending}
            onConfirm={() => suspend.mutate(input)}
          />
        )}
        {may("reactivate") && account.state === "suspended" && (
          <ConfirmButton
            label="Reactivate"
            question={`Let ${name} sign in again?`}
            confirmLabel="Reactivate"
            disabled={pending}
            onConfirm={() => reactivate.mutate(input)}
          />
        )}
        {may("exportData") && (
          <ConfirmButton
            label="Export data"
            question={`Prepare an archive of everything ${name} owns?`}
            confirmLabel="Export"
            disabled={pending}
            onConfirm={() => exportData.mutate(input)}
          />
        )}
        {may("deleteAccount") && (
          <ConfirmButton
            label="Delete account"
            question={`Delete ${name} and everything they own, in both databases? This cannot be undone.`}
            confirmLabel="Delete for good"
            disabled={pending}
            onConfirm={() => remove.mutate(input)}
          />
        )}
      </div>
    </section>
  );
}
