"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import type { FormEvent } from "react";
import { useTRPC } from "~/trpc/react";
import { formText } from "~/form-text";

export function LoginForm() {
  const trpc = useTRPC();
  const router = useRouter();
  const signIn = useMutation(
    trpc.staffAuth.signIn.mutationOptions({
      onSuccess: () => {
        router.replace("/");
        router.refresh();
      },
    }),
  );

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    signIn.mutate({ email: formText(form, "email"), password: formText(form, "password") });
  }

  return (
    <form
      className="login-form"
      onSubmit={onSubmit}
      aria-describedby={signIn.error ? "login-error" : undefined}
    >
      <label htmlFor="email">Email</label>
      <input id="email" name="email" type="email" autoComplete="username" required />
      <label htmlFor="password">Password</label>
      <input id="password" name="password" type="password" autoComplete="current-password" required />
      {signIn.error && (
        <p id="login-error" className="form-error" role="alert" data-testid="login-error">
          {signIn.error.message}
        </p>
      )}
      <button type="submit" disabled={signIn.isPending}>
        {signIn.isPending ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}
