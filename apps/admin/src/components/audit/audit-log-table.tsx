"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { RequestError } from "~/components/request-error";
import { formatInstant } from "~/format-instant";
import { useTRPC } from "~/trpc/react";

const PAGE_SIZE = 50;

/** What staff did, newest first; older pages load on request (keyset cursor from the API). */
export function AuditLogTable() {
  const trpc = useTRPC();
  const log = useInfiniteQuery(
    trpc.auditLog.list.infiniteQueryOptions(
      { limit: PAGE_SIZE },
      { getNextPageParam: (page) => page.nextCursor, staleTime: 0 },
    ),
  );
  const entries = log.data?.pages.flatMap((page) => page.entries) ?? [];

  return (
    <section aria-label="Audit entries" className="panel">
      <RequestError error={log.error} />
      {log.isPending && <p className="muted">Loading…</p>}
      {log.isSuccess && entries.length === 0 && <p className="muted">Nothing recorded yet.</p>}
      {entries.length > 0 && (
        <table className="data-table" data-testid="audit-log">
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Staff member</th>
              <th scope="col">Action</th>
              <th scope="col">Target</th>
              <th scope="col">Details</th>
              <th scope="col">IP</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={entry.id}>
                <td>
                  <time dateTime={entry.createdAt}>{formatInstant(entry.createdAt)}</time>
                </td>
                <td>{entry.staffEmail ?? <span className="muted">system or removed account</span>}</td>
                <td>
                  <code>{entry.action}</code>
                </td>
                <td>{entry.targetType ? `${entry.targetType} ${entry.targetId ?? ""}` : "–"}</td>
                <td className="details">
                  {Object.entries(entry.details)
                    .map(
                      ([key, value]) =>
                        `${key}: ${typeof value === "string" ? value : JSON.stringify(value)}`,
                    )
                    .join(", ") || "–"}
                </td>
                <td>{entry.ip ?? "–"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {log.hasNextPage && (
        <button
          type="button"
          className="button-secondary"
          disabled={log.isFetchingNextPage}
          onClick={() => void log.fetchNextPage()}
        >
          {log.isFetchingNextPage ? "Loading…" : "Load older entries"}
        </button>
      )}
    </section>
  );
}
