import type { EntityManager, FilterQuery } from "@mikro-orm/core";
import { AuditLogEntry } from "@momentum/db";
import { z } from "zod";
import { parseInput } from "../errors/zod-fields";
import { decodeNewestFirstCursor, newestFirstPage, olderThan } from "../paging/newest-first-cursor";

export const listAuditLogInputSchema = z.object({
  limit: z.number().int().min(1).max(100).default(50),
  /** From the previous page's `nextCursor`; absent for the newest entries. */
  cursor: z.string().max(200).nullish(),
});
export type ListAuditLogInput = z.input<typeof listAuditLogInputSchema>;

export interface AuditLogView {
  id: string;
  createdAt: Date;
  action: string;
  targetType: string | null;
  targetId: string | null;
  details: Record<string, unknown>;
  ip: string | null;
  /** Null when the entry predates a deleted staff account or was written by the system. */
  staffEmail: string | null;
}

export interface AuditLogPage {
  entries: AuditLogView[];
  /** Null on the last page. */
  nextCursor: string | null;
}

/** One page of the audit log, newest first, paged by keyset on (created_at, id) so pages never shift. */
export async function listAuditLog(em: EntityManager, input: ListAuditLogInput): Promise<AuditLogPage> {
  const { limit, cursor } = parseInput(listAuditLogInputSchema, input, "input");
  const where: FilterQuery<AuditLogEntry> = cursor ? olderThan(decodeNewestFirstCursor(cursor)) : {};
  const page = newestFirstPage(
    await em.find(AuditLogEntry, where, {
      orderBy: { createdAt: "desc", id: "desc" },
      limit: limit + 1,
      populate: ["staffUser"],
    }),
    limit,
  );
  return {
    entries: page.rows.map((entry) => ({
      id: entry.id,
      createdAt: entry.createdAt,
      action: entry.action,
      targetType: entry.targetType ?? null,
      targetId: entry.targetId ?? null,
      details: entry.details ?? {},
      ip: entry.ip ?? null,
      staffEmail: entry.staffUser?.email ?? null,
    })),
    nextCursor: page.nextCursor,
  };
}
