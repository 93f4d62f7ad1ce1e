"use client";

import type { RouterInputs } from "@momentum/api";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { ConfirmButton } from "~/components/confirm-button";
import { RequestError } from "~/components/request-error";
import { formatInstant } from "~/format-instant";
import { useTRPC } from "~/trpc/react";

type Consumer = RouterInputs["parkedMessages"]["list"]["consumer"];

const consumers: Record<Consumer, string> = {
  analyticsEvents: "Analytics worker (domain events)",
  notifierReminders: "Notifier (reminders)",
};

/** Messages a consumer gave up on, with why; replay sends one back to its queue, drop deletes it for good. */
export function ParkedMessagesList() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [consumer, setConsumer] = useState<Consumer>("analyticsEvents");
  const parked = useQuery(trpc.parkedMessages.list.queryOptions({ consumer }, { staleTime: 0 }));
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.parkedMessages.list.queryKey() });
  const replay = useMutation(trpc.parkedMessages.replay.mutationOptions({ onSettled: refresh }));
  const drop = useMutation(trpc.parkedMessages.drop.mutationOptions({ onSettled: refresh }));
  const pending = replay.isPending || drop.isPending;

  return (
    <section aria-label="Parked messages" className="panel">
      <div className="form-field inline">
        <label htmlFor="consumer">Consumer queue</label>
        <select
          id="consumer"
          value={consumer}
          onChange={(event) => setConsumer(event.target.value as Consumer)}
        >
          {Object.entries(consumers).map(([key, label]) => (
            <option key={key} value={key}>
              {label}
            </option>
          ))}
        </select>
        <button type="button" className="button-secondary" onClick={() => void refresh()}>
          Refresh
        </button>
      </div>
      <RequestError error={parked.error ?? replay.error ?? drop.error} />
      {replay.isSuccess && <p role="status">Replayed {replay.data.messageId} to its queue.</p>}
      {drop.isSuccess && <p role="status">Dropped {drop.data.messageId}.</p>}
      {parked.isPending && <p className="muted">Loading…</p>}
      {parked.data?.length === 0 && <p className="muted">Nothing parked for this consumer.</p>}
      {parked.data && parked.data.length > 0 && (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">Message</th>
              <th scope="col">Routing key</th>
              <th scope="col">Reason</th>
              <th scope="col" className="numeric">
                Attempts
              </th>
              <th scope="col">Parked</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {parked.data.map((message, index) => {
              const { messageId } = message;
              return (
                <tr key={messageId ?? `no-id-${index}`}>
                  <td>
                    <details>
                      <summary>
                        <code>{messageId ?? "(no id)"}</code>
                      </summary>
                      <pre>{JSON.stringify(message.body, null, 2)}</pre>
                    </details>
                  </td>
                  <td>{message.originalRoutingKey ?? "–"}</td>
                  <td className="details">{message.reason ?? "–"}</td>
                  <td className="numeric">{message.attempts ?? "–"}</td>
                  <td>{message.parkedAt ? formatInstant(message.parkedAt) : "–"}</td>
                  <td className="actions">
                    {messageId && (
                      <>
                        <button
                          type="button"
                          className="button-secondary"
                          disabled={pending}
                          onClick={() => replay.mutate({ consumer, messageId })}
                        >
                          Replay
                        </button>
                        <ConfirmButton
                          label="Drop"
                          question="Delete this message for good?"
                          confirmLabel="Drop"
                          disabled={pending}
                          onConfirm={() => drop.mutate({ consumer, messageId })}
                        />
                      </>
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
