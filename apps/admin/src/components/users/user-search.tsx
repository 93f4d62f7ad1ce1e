"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import Link from "next/link";
import { type FormEvent, useState } from "react";
import { FormField } from "~/components/form-field";
import { fieldErrorOf, RequestError } from "~/components/request-error";
import { formatInstant } from "~/format-instant";
import { useTRPC } from "~/trpc/react";

const PAGE_SIZE = 25;
const stateLabels = {
  "": "Active and suspended",
  active: "Active",
  suspended: "Suspended",
  deleted: "Deleted (found by id only)",
} as const;
type StateFilter = keyof typeof stateLabels;

interface Filter {
  query: string;
  state: StateFilter;
  signedUpFrom: string;
  signedUpTo: string;
}

const emptyFilter: Filter = { query: "", state: "", signedUpFrom: "", signedUpTo: "" };

/** Finds mobile users by any part of e-mail, username or name (or an id), newest sign-up first. */
export function UserSearch() {
  const trpc = useTRPC();
  const [draft, setDraft] = useState<Filter>(emptyFilter);
  const [filter, setFilter] = useState<Filter>(emptyFilter);
  const users = useInfiniteQuery(
    trpc.users.search.infiniteQueryOptions(
      {
        limit: PAGE_SIZE,
        query: filter.query || undefined,
        state: filter.state || undefined,
        signedUpFrom: filter.signedUpFrom || undefined,
        signedUpTo: filter.signedUpTo || undefined,
      },
      { getNextPageParam: (page) => page.nextCursor, staleTime: 0 },
    ),
  );
  const rows = users.data?.pages.flatMap((page) => page.users) ?? [];
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setFilter(draft);
  };
  const change = (field: keyof Filter) => (event: { target: { value: string } }) =>
    setDraft({ ...draft, [field]: event.target.value });

  return (
    <>
      <form className="panel range-form" role="search" aria-label="Find users" onSubmit={submit}>
        <FormField
          id="user-query"
          label="E-mail, username, name or id"
          error={fieldErrorOf(users.error, "input.query")}
        >
          <input id="user-query" type="search" value={draft.query} onChange={change("query")} />
        </FormField>
        <FormField id="user-state" label="State">
          <select id="user-state" value={draft.state} onChange={change("state")}>
            {Object.entries(stateLabels).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </FormField>
        <FormField
          id="signed-up-from"
          label="Signed up from (UTC)"
          error={fieldErrorOf(users.error, "input.signedUpFrom")}
        >
          <input
            id="signed-up-from"
            type="date"
            value={draft.signedUpFrom}
            onChange={change("signedUpFrom")}
          />
        </FormField>
        <FormField
          id="signed-up-to"
          label="Signed up to (UTC)"
          error={fieldErrorOf(users.error, "input.signedUpTo")}
        >
          <input id="signed-up-to" type="date" value={draft.signedUpTo} onChange={change("signedUpTo")} />
        </FormField>
        <div className="form-actions">
          <button type="submit">Search</button>
        </div>
      </form>

      <section aria-label="Users found" className="panel">
        <RequestError error={users.error} />
        {users.isPending && <p className="muted">Loading…</p>}
        {users.isSuccess && rows.length === 0 && <p className="muted">No user matches.</p>}
        {rows.length > 0 && (
          <table className="data-table" data-testid="user-results">
            <thead>
              <tr>
                <th scope="col">User</th>
                <th scope="col">E-mail</th>
                <th scope="col">State</th>
                <th scope="col">Signed up</th>
                <th scope="col">Last sign-in</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((user) => (
                <tr key={user.id}>
                  <th scope="row">
                    <Link href={`/users/${user.id}`}>
                      {user.fullName ? `${user.fullName} (@${user.username})` : user.id}
                    </Link>
                    {user.isDemo && <span className="muted"> demo</span>}
                  </th>
                  <td>{user.email ?? "–"}</td>
                  <td>
                    {user.state === "active" ? "Active" : <span className="status-off">{user.state}</span>}
                  </td>
                  <td>{formatInstant(user.signedUpAt)}</td>
                  <td>{user.lastSignInAt ? formatInstant(user.lastSignInAt) : "Never"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {users.hasNextPage && (
          <button
            type="button"
            className="button-secondary"
            disabled={users.isFetchingNextPage}
            onClick={() => void users.fetchNextPage()}
          >
            {users.isFetchingNextPage ? "Loading…" : "Load more"}
          </button>
        )}
      </section>
    </>
  );
}
