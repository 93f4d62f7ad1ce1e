import "reflect-metadata";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type SignedInStaffMember,
  startIsolatedStaffApi,
  type staffTrpcClient,
} from "./staff-trpc-client.test-support";

// "Newest first" needs an audit log no other test file writes to.
let stopApi: (() => Promise<void>) | undefined;
let client: ReturnType<typeof staffTrpcClient>;
const staff = {} as Record<"support" | "analyst", SignedInStaffMember>;
beforeAll(async () => {
  ({ client, stop: stopApi } = await startIsolatedStaffApi("audit-log"));
  staff.support = await client.signInAs("support");
  staff.analyst = await client.signInAs("analyst");
});
afterAll(() => stopApi?.());

interface AuditLogReply {
  entries: { action: string; staffEmail: string | null; createdAt: string }[];
  nextCursor: string | null;
}

describe("the audit log over tRPC", () => {
  it("support reads the newest entries first with the staff member's e-mail, and pages on with the cursor", async () => {
    // Sign-ins of support and analyst, then support again: three entries, the newest support's.
    await client.call("POST", "staffAuth.signIn", {
      email: staff.support.email,
      password: "correct horse battery",
    });
    const first = await client.call<AuditLogReply>(
      "GET",
      "auditLog.list",
      { limit: 2 },
      staff.support.cookie,
    );
    expect(first.status).toBe(200);
    const page = first.body.result!.data;
    expect(page.entries).toHaveLength(2);
    expect(page.entries[0]).toMatchObject({ action: "staff.sign_in", staffEmail: staff.support.email });
    expect(Date.parse(page.entries[0]!.createdAt)).toBeGreaterThanOrEqual(
      Date.parse(page.entries[1]!.createdAt),
    );
    expect(page.nextCursor).toEqual(expect.any(String));

    const next = await client.call<AuditLogReply>(
      "GET",
      "auditLog.list",
      { limit: 2, cursor: page.nextCursor },
      staff.support.cookie,
    );
    expect(next.status).toBe(200);
    const nextFirst = next.body.result!.data.entries[0]!;
    expect(Date.parse(nextFirst.createdAt)).toBeLessThanOrEqual(Date.parse(page.entries[1]!.createdAt));
  });

  it("refuses an analyst with 403, a visitor with 401 and a forged cursor with 400", async () => {
    expect((await client.call("GET", "auditLog.list", {}, staff.analyst.cookie)).status).toBe(403);
    expect((await client.call("GET", "auditLog.list", {})).status).toBe(401);
    const forged = await client.call("GET", "auditLog.list", { cursor: "forged" }, staff.support.cookie);
    expect(forged.status).toBe(400);
    expect(forged.body.error?.data.fields).toEqual([expect.objectContaining({ field: "input.cursor" })]);
  });
});
