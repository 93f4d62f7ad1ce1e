import type { Metadata } from "next";
import type { RouterOutputs } from "@momentum/api";
import { createServerTrpc } from "~/trpc/server";
import { signedInStaff } from "~/trpc/signed-in-staff";

type OverviewCounts = RouterOutputs["overview"]["counts"];

const cards: { key: keyof OverviewCounts; label: string }[] = [
  { key: "users", label: "Active users" },
  { key: "usersSignedInLast7Days", label: "Signed in, last 7 days" },
  { key: "tasks", label: "Tasks" },
  { key: "tasksCompleted", label: "Tasks completed" },
  { key: "habits", label: "Habits" },
  { key: "habitLogsLast7Days", label: "Habit check-ins, last 7 days" },
  { key: "goals", label: "Goals" },
  { key: "goalsCompleted", label: "Goals completed" },
];

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Overview" };

export default async function OverviewPage() {
  await signedInStaff();
  const counts = await (await createServerTrpc()).overview.counts.query();

  return (
    <>
      <h1 className="page-title">Overview</h1>
      <section aria-label="Counts" className="card-grid">
        {cards.map((card) => (
          <article key={card.key} className="card" data-testid={`count-${card.key}`}>
            <h2 className="card-label">{card.label}</h2>
            <p className="card-value">{counts[card.key].toLocaleString("en-US")}</p>
          </article>
        ))}
      </section>
    </>
  );
}
