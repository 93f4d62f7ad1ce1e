import type { EntityManager, FilterQuery } from "@mikro-orm/core";
import { AuditLogEntry } from "@momentum/db";
import { z } from "zod";
import { parseInput } from "../errors/zod-fields";
import { decodeAuditLogCursor, encodeAuditLogCursor } from "./audit-log-cursor";

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
  const after = cursor ? decodeAuditLogCursor(cursor) : null;
  const where: FilterQuery<AuditLogEntry> = after
    ? {
        $or: [{ createdAt: { $lt: after.createdAt } }, { createdAt: after.createdAt, id: { $lt: after.id } }],
      }
    : {};
  // One row more than the page tells whether another page follows.
  const rows = await em.find(AuditLogEntry, where, {
    orderBy: { createdAt: "desc", id: "desc" },
    limit: limit + 1,
    populate: ["staffUser"],
  });
  const entries = rows.slice(0, limit);
  const last = entries.at(-1);
  return {
    entries: entries.map((entry) => ({
      id: entry.id,
      createdAt: entry.createdAt,
      action: entry.action,
      targetType: entry.targetType ?? null,
      targetId: entry.targetId ?? null,
      details: entry.details ?? {},
      ip: entry.ip ?? null,
      staffEmail: entry.staffUser?.email ?? null,
    })),
    nextCursor: rows.length > limit && last ? encodeAuditLogCursor(last) : null,
  };
}
