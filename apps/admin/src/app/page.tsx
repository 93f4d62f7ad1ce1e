import type { RouterOutputs } from "@momentum/api";
import { redirect } from "next/navigation";
import { SignOutButton } from "~/components/sign-out-button";
import { createServerTrpc } from "~/trpc/server";

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

export default async function OverviewPage() {
  const trpc = await createServerTrpc();
  const staff = await trpc.staffAuth.me.query();
  if (!staff) redirect("/login");
  const counts = await trpc.overview.counts.query();

  return (
    <main className="page">
      <header className="page-header">
        <div>
          <h1>Overview</h1>
          <p className="muted">
            Signed in as {staff.fullName} ({staff.role})
          </p>
        </div>
        <SignOutButton />
      </header>
      <section aria-label="Counts" className="card-grid">
        {cards.map((card) => (
          <article key={card.key} className="card" data-testid={`count-${card.key}`}>
            <h2 className="card-label">{card.label}</h2>
            <p className="card-value">{counts[card.key].toLocaleString("en-US")}</p>
          </article>
        ))}
      </section>
    </main>
  );
}
