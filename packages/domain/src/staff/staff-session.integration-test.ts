import "reflect-metadata";
import { type MikroORM } from "@mikro-orm/postgresql";
import { openMainOrm, StaffSession, StaffUser } from "@momentum/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateSessionToken } from "./session-token";
import {
  createStaffSession,
  invalidateAllStaffSessions,
  invalidateStaffSession,
  validateStaffSessionToken,
} from "./staff-session.service";
import { createTestStaffAccount } from "./staff.test-support";

let orm: MikroORM;
beforeAll(async () => {
  orm = await openMainOrm(process.env.DATABASE_URL!);
});
afterAll(() => orm?.close());

const lifetime = { days: 30 };
const DAY_MS = 86_400_000;
const createdAt = new Date("2030-03-01T10:00:00.000Z");
const daysAfterCreation = (days: number) => new Date(createdAt.getTime() + days * DAY_MS);

async function openSession(staffUser?: StaffUser) {
  const em = orm.em.fork();
  const owner = staffUser ?? (await createTestStaffAccount(em)).staffUser;
  const { token, session } = createStaffSession(em, owner, { lifetime, now: createdAt });
  await em.flush();
  return { token, session, staffUser: owner };
}

async function validateAt(token: string, now: Date) {
  const em = orm.em.fork();
  const validated = await validateStaffSessionToken(em, token, { lifetime, now });
  await em.flush();
  return validated;
}

const storedSession = (id: string) => orm.em.fork().findOne(StaffSession, { id });

describe("validating a staff session token", () => {
  it("returns the session and its staff member, unchanged while more than half the lifetime remains", async () => {
    const { token, session, staffUser } = await openSession();

    const validated = await validateAt(token, daysAfterCreation(14));

    expect(validated).toMatchObject({
      extended: false,
      staffUser: { id: staffUser.id },
      session: { id: session.id },
    });
    expect((await storedSession(session.id))?.expiresAt).toEqual(daysAfterCreation(30));
  });

  it("slides the expiry a full lifetime forward once less than half remains", async () => {
    const { token, session } = await openSession();

    const validated = await validateAt(token, daysAfterCreation(16));

    expect(validated?.extended).toBe(true);
    expect((await storedSession(session.id))?.expiresAt).toEqual(daysAfterCreation(46));
  });

  it("deletes an expired session and returns null", async () => {
    const { token, session } = await openSession();

    expect(await validateAt(token, daysAfterCreation(30))).toBeNull();
    expect(await storedSession(session.id)).toBeNull();
  });

  it("deletes the session of a deactivated staff member and returns null", async () => {
    const { token, session, staffUser } = await openSession();
    await orm.em.fork().nativeUpdate(StaffUser, { id: staffUser.id }, { isActive: false });

    expect(await validateAt(token, daysAfterCreation(1))).toBeNull();
    expect(await storedSession(session.id)).toBeNull();
  });

  it.each([
    ["an unknown token", generateSessionToken()],
    ["a malformed token", "not a token; drop table staff_sessions"],
    ["the stored id itself, used as a token", "id"],
  ])("returns null for %s", async (_case, token) => {
    const { session } = await openSession();
    expect(await validateAt(token === "id" ? session.id : token, daysAfterCreation(1))).toBeNull();
  });
});

describe("invalidating staff sessions", () => {
  it("signing out deletes only that session", async () => {
    const first = await openSession();
    const second = await openSession(first.staffUser);

    await invalidateStaffSession(orm.em.fork(), first.session.id);

    expect(await validateAt(first.token, daysAfterCreation(1))).toBeNull();
    expect(await validateAt(second.token, daysAfterCreation(1))).not.toBeNull();
  });

  it("invalidating all sessions of a staff member leaves other staff signed in", async () => {
    const first = await openSession();
    const second = await openSession(first.staffUser);
    const someoneElse = await openSession();

    expect(await invalidateAllStaffSessions(orm.em.fork(), first.staffUser.id)).toBe(2);

    expect(await validateAt(first.token, daysAfterCreation(1))).toBeNull();
    expect(await validateAt(second.token, daysAfterCreation(1))).toBeNull();
    expect(await validateAt(someoneElse.token, daysAfterCreation(1))).not.toBeNull();
  });
});
