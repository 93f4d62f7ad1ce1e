import type { Metadata } from "next";
import { NotAllowed } from "~/components/not-allowed";
import { UserSearch } from "~/components/users/user-search";
import { mayOpen } from "~/staff-access";
import { signedInStaff } from "~/trpc/signed-in-staff";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  const staff = await signedInStaff();
  if (!mayOpen(staff.role, "/users")) return <NotAllowed page="the users" />;
  return (
    <>
      <h1 className="page-title">Users</h1>
      <UserSearch />
    </>
  );
}
