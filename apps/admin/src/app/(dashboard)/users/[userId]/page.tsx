import type { Metadata } from "next";
import { NotAllowed } from "~/components/not-allowed";
import { UserAccount } from "~/components/users/user-account";
import { mayOpen } from "~/staff-access";
import { signedInStaff } from "~/trpc/signed-in-staff";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "User" };

export default async function UserPage({ params }: { params: Promise<{ userId: string }> }) {
  const staff = await signedInStaff();
  if (!mayOpen(staff.role, "/users")) return <NotAllowed page="the users" />;
  const { userId } = await params;
  return <UserAccount userId={userId} />;
}
