import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LoginForm } from "~/components/login-form";
import { createServerTrpc } from "~/trpc/server";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Sign in" };

export default async function LoginPage() {
  const trpc = await createServerTrpc();
  if (await trpc.staffAuth.me.query()) redirect("/");

  return (
    <main className="login">
      <h1>Momentum staff</h1>
      <LoginForm />
    </main>
  );
}
