import { StaffRole } from "@momentum/db";
import {
  dropParkedMessageAsStaff,
  listParkedMessagesInputSchema,
  listParkedMessagesForStaff,
  messagingTopology,
  parkedMessageRefSchema,
  replayParkedMessageAsStaff,
} from "@momentum/domain";
import type { TrpcContext } from "./context";
import { requireRole, router, staffProcedure } from "./trpc";
import { staffActorOf } from "./staff-actor";

/** Parked messages are operations work: analysts may not see message bodies or change queues. */
const operatorProcedure = staffProcedure.use(requireRole(StaffRole.Admin, StaffRole.Support));

const parkedQueuesOf = (ctx: TrpcContext) => ({
  rabbit: ctx.deps.rabbit,
  topology: messagingTopology(ctx.deps.config.amqp.namespace),
});

export const parkedMessagesRouter = router({
  list: operatorProcedure
    .input(listParkedMessagesInputSchema)
    .query(({ ctx, input }) => listParkedMessagesForStaff(parkedQueuesOf(ctx), input)),

  replay: operatorProcedure
    .input(parkedMessageRefSchema)
    .mutation(({ ctx, input }) =>
      replayParkedMessageAsStaff(ctx.em, parkedQueuesOf(ctx), staffActorOf(ctx), input),
    ),

  drop: operatorProcedure
    .input(parkedMessageRefSchema)
    .mutation(({ ctx, input }) =>
      dropParkedMessageAsStaff(ctx.em, parkedQueuesOf(ctx), staffActorOf(ctx), input),
    ),
});
