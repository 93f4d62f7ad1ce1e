import { redirect } from "next/navigation";
import { cache } from "react";
import { createServerTrpc } from "./server";

/**
 * The signed-in staff member, asked once per request (the layout and the page render side by side and
 * both need it); a visitor without a session is sent to the login page.
 */
export const signedInStaff = cache(async () => {
  const staff = await (await createServerTrpc()).staffAuth.me.query();
  if (!staff) redirect("/login");
  return staff;
});
