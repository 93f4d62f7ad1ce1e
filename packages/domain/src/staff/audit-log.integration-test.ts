import "reflect-metadata";
import { AuditLogEntry } from "@momentum/db";
import { openTestOrms, type TestOrms } from "@momentum/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listAuditLog } from "./audit-log.service";
import { recordAudit, StaffAuditAction } from "./record-audit";
import { createTestStaffAccount, refusalOf } from "./staff.test-support";

// The log is listed whole: these tests need a database no other file writes to.
let orms: TestOrms;
let staffEmail: string;
beforeAll(async () => {
  orms = await openTestOrms("audit-log");
  const em = orms.main.em.fork();
  const { staffUser } = await createTestStaffAccount(em);
  staffEmail = staffUser.email;
  const sameInstant = new Date("2030-01-01T10:00:00.000Z");
  for (let index = 0; index < 5; index++) {
    const entry = recordAudit(em, {
      staffUserId: index === 4 ? null : staffUser.id,
      action: StaffAuditAction.SignIn,
      targetId: `entry-${index}`,
    });
    // Three entries share one instant: the id must break the tie, or a page boundary would lose one.
    entry.createdAt = index < 3 ? sameInstant : new Date(sameInstant.getTime() + index * 1000);
  }
  await em.flush();
});
afterAll(() => orms?.close());

describe("the audit log", () => {
  it("pages newest first without losing or repeating entries that share an instant", async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page = await listAuditLog(orms.main.em.fork(), { limit: 2, cursor });
      seen.push(...page.entries.map((entry) => entry.targetId!));
      cursor = page.nextCursor;
      pages++;
    } while (cursor);

    expect(pages).toBe(3);
    expect(seen.slice(0, 2)).toEqual(["entry-4", "entry-3"]);
    expect(new Set(seen)).toEqual(new Set(["entry-0", "entry-1", "entry-2", "entry-3", "entry-4"]));
    expect(seen).toHaveLength(5);
  });

  it("names the staff member by e-mail, and no one for an entry without a staff account", async () => {
    const { entries } = await listAuditLog(orms.main.em.fork(), { limit: 2 });
    expect(entries.map((entry) => entry.staffEmail)).toEqual([null, staffEmail]);
  });

  it("refuses a forged cursor and a page size over 100 as INVALID_INPUT", async () => {
    const forged = await refusalOf(listAuditLog(orms.main.em.fork(), { cursor: "bm9wZQ" }));
    expect(forged.details.fields?.[0]?.field).toBe("input.cursor");
    const tooMany = await refusalOf(listAuditLog(orms.main.em.fork(), { limit: 101 }));
    expect(tooMany.details.fields?.[0]?.field).toBe("input.limit");
  });

  it("is empty with no next page when there is nothing older", async () => {
    await orms.main.em.fork().nativeDelete(AuditLogEntry, {});
    expect(await listAuditLog(orms.main.em.fork(), {})).toEqual({ entries: [], nextCursor: null });
  });
});
