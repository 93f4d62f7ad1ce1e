import type { Metadata } from "next";
import { ParkedMessagesList } from "~/components/messages/parked-messages-list";
import { NotAllowed } from "~/components/not-allowed";
import { mayOpen } from "~/staff-access";
import { signedInStaff } from "~/trpc/signed-in-staff";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Parked messages" };

export default async function MessagesPage() {
  const staff = await signedInStaff();
  if (!mayOpen(staff.role, "/messages")) return <NotAllowed page="parked messages" />;
  return (
    <>
      <h1 className="page-title">Parked messages</h1>
      <ParkedMessagesList />
    </>
  );
}
