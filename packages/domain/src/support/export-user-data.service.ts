import { type EntityManager } from "@mikro-orm/postgresql";
import { parseInput } from "../errors/zod-fields";
import { requestDataExport } from "../exports/request-data-export.service";
import { StaffAuditAction } from "../staff/record-audit";
import { type StaffActor } from "../staff/staff-actor";
import { auditUserAction } from "./user-account-access";
import { userAccountActionSchema, type UserAccountActionInput } from "./user-directory.schema";

/**
 * Asks for the user's data archive on their behalf (a data-access request): the same archive and the
 * same one-a-day rule as the user's own `requestDataExport`; staff fetch it, the user gets no push.
 */
export async function exportUserData(
  em: EntityManager,
  actor: StaffActor,
  rawInput: UserAccountActionInput,
  now = new Date(),
): Promise<{ exportId: string }> {
  const input = parseInput(userAccountActionSchema, rawInput, "input");
  return em.transactional(async (tx) => {
    const dataExport = await requestDataExport(tx, input.userId, { staffUserId: actor.staffUserId }, now);
    auditUserAction(tx, actor, StaffAuditAction.ExportUserData, input.userId, {
      reason: input.reason,
      exportId: dataExport.id,
    });
    return { exportId: dataExport.id };
  });
}
