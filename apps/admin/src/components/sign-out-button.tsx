"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTRPC } from "~/trpc/react";

export function SignOutButton() {
  const trpc = useTRPC();
  const router = useRouter();
  const signOut = useMutation(
    trpc.staffAuth.signOut.mutationOptions({
      onSuccess: () => {
        router.replace("/login");
        router.refresh();
      },
    }),
  );

  return (
    <button
      type="button"
      className="button-secondary"
      onClick={() => signOut.mutate()}
      disabled={signOut.isPending}
    >
      Sign out
    </button>
  );
}
