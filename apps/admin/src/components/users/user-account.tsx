"use client";

import type { RouterOutputs } from "@momentum/api";
import { useQuery } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { RequestError } from "~/components/request-error";
import { formatInstant } from "~/format-instant";
import { useTRPC } from "~/trpc/react";
import { UserActions } from "./user-actions";

type UserAccountView = RouterOutputs["users"]["get"];

const when = (iso: string | null) => (iso ? formatInstant(iso) : "–");

/** A titled table of rows, or a line saying there are none. */
function Listing<Row>(props: {
  title: string;
  rows: Row[];
  columns: string[];
  empty: string;
  cells: (row: Row) => ReactNode[];
}) {
  const id = `${props.title.toLowerCase().replace(/\W+/g, "-")}-heading`;
  return (
    <section aria-labelledby={id} className="panel">
      <h2 id={id}>{props.title}</h2>
      {props.rows.length === 0 ? (
        <p className="muted">{props.empty}</p>
      ) : (
        <table className="data-table">
          <thead>
            <tr>
              {props.columns.map((column) => (
                <th scope="col" key={column}>
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {props.rows.map((row, index) => (
              <tr key={index}>
                {props.cells(row).map((cell, column) => (
                  <td key={column}>{cell}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function Profile({ account }: { account: UserAccountView }) {
  if (!account.profile) {
    const closed = account.closedAccount!;
    return (
      <section aria-label="Closed account" className="panel">
        <p>
          This account was deleted on {formatInstant(closed.closedAt)} (by {closed.closedBy}). It signed up on{" "}
          {formatInstant(closed.signedUpAt)}. Nothing else of it is kept.
        </p>
      </section>
    );
  }
  const { profile, stats } = account;
  const facts: [string, ReactNode][] = [
    ["State", account.state === "active" ? "Active" : <span className="status-off">Suspended</span>],
    ["E-mail", profile.email],
    ["Username", `@${profile.username}`],
    ["Time zone", profile.timezone],
    ["Signed up", formatInstant(profile.signedUpAt)],
    ["Last sign-in", when(profile.lastSignInAt)],
    ["Tasks completed", stats?.tasksCompleted ?? 0],
    ["Active goals", stats?.activeGoals ?? 0],
    ["Longest streak", stats?.longestStreak ?? 0],
    ["Points", stats?.points ?? 0],
  ];
  return (
    <section aria-label="Profile" className="card-grid">
      {facts.map(([label, value]) => (
        <div className="card" key={label}>
          <span className="card-label">{label}</span>
          <span className="card-value">{value}</span>
        </div>
      ))}
    </section>
  );
}

/** One mobile user for the support desk: who they are, their sessions and devices, what they did and got. */
export function UserAccount({ userId }: { userId: string }) {
  const trpc = useTRPC();
  const account = useQuery(trpc.users.get.queryOptions({ userId }, { staleTime: 0 }));
  if (account.error) return <RequestError error={account.error} />;
  if (!account.data) return <p className="muted">Loading…</p>;
  const user = account.data;
  return (
    <>
      <h1 className="page-title">
        {user.profile ? user.profile.fullName : "Deleted account"}
        {user.profile?.isDemo && <span className="muted"> (demo account)</span>}
      </h1>
      <Profile account={user} />
      <UserActions account={user} />
      <Listing
        title="Sessions"
        rows={user.sessions}
        columns={["Signed in", "Last active", "Device", "Address", "Ended"]}
        empty="No sessions."
        cells={(session) => [
          when(session.signedInAt),
          when(session.lastActiveAt),
          session.userAgent ?? session.deviceId ?? "–",
          session.ip ?? "–",
          session.endedAt ? `${when(session.endedAt)} (${session.endedBecause ?? "ended"})` : "Open",
        ]}
      />
      <Listing
        title="Devices"
        rows={user.devices}
        columns={["Platform", "Registered", "Last seen"]}
        empty="No devices registered for pushes."
        cells={(device) => [device.platform, when(device.registeredAt), when(device.lastSeenAt)]}
      />
      <Listing
        title="Recent activity"
        rows={user.recentActivity}
        columns={["When", "Activity", "Of", "Action"]}
        empty="Nothing in the last 90 days."
        cells={(row) => [when(row.at), row.activityType, row.entityType, row.action]}
      />
      <Listing
        title="Achievements"
        rows={user.achievements}
        columns={["Achievement", "Points", "Earned"]}
        empty="None earned yet."
        cells={(earned) => [earned.name, earned.points, when(earned.earnedAt)]}
      />
      <Listing
        title="Pushes sent"
        rows={user.pushes}
        columns={["When", "Kind", "Title", "Status"]}
        empty="No pushes sent."
        cells={(push) => [
          when(push.sentAt),
          push.notificationType,
          push.title,
          push.error ? `${push.status}: ${push.error}` : push.status,
        ]}
      />
      <Listing
        title="E-mails sent"
        rows={user.emails}
        columns={["When", "Kind", "Subject", "Status"]}
        empty="No e-mails sent."
        cells={(email) => [
          when(email.sentAt),
          email.kind,
          email.subject,
          email.error ? `${email.status}: ${email.error}` : email.status,
        ]}
      />
      <Listing
        title="Data exports"
        rows={user.dataExports}
        columns={["Asked", "By", "Status", "Expires", "Size"]}
        empty="No data exports."
        cells={(dataExport) => [
          when(dataExport.requestedAt),
          dataExport.requestedByStaff ? "Staff" : "User",
          dataExport.requestedByStaff && dataExport.status === "ready" ? (
            // Through the dashboard's proxy to the API; the archive is deleted once downloaded.
            <a href={`/exports/data/${dataExport.id}.json`} download>
              Ready: download (once)
            </a>
          ) : (
            dataExport.status
          ),
          when(dataExport.expiresAt),
          dataExport.archiveBytes === null ? "–" : `${Math.ceil(dataExport.archiveBytes / 1024)} kB`,
        ]}
      />
    </>
  );
}
