import { StaffRole } from "@momentum/db";
import { listAuditLog, listAuditLogInputSchema } from "@momentum/domain";
import { requireRole, router, staffProcedure } from "./trpc";

/** Admins and support answer "who did what"; analysts work on aggregates only. */
const auditReaderProcedure = staffProcedure.use(requireRole(StaffRole.Admin, StaffRole.Support));

export const auditLogRouter = router({
  list: auditReaderProcedure
    .input(listAuditLogInputSchema)
    .query(({ ctx, input }) => listAuditLog(ctx.em, input)),
});
