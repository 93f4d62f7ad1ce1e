import type { StaffActor } from "@momentum/domain";
import type { TrpcContext } from "./context";

/** The signed-in staff member as the domain's audit entries name them. */
export const staffActorOf = (
  ctx: TrpcContext & { staff: NonNullable<TrpcContext["staff"]> },
): StaffActor => ({
  staffUserId: ctx.staff.user.id,
  ip: ctx.ip,
});
