import { type EntityManager, type FilterQuery, raw } from "@mikro-orm/postgresql";
import { ClosedAccount, User, userSearchTextSql } from "@momentum/db";
import { parseInput } from "../errors/zod-fields";
import { isUuid } from "../ids/uuid";
import { decodeNewestFirstCursor, newestFirstPage, olderThan } from "../paging/newest-first-cursor";
import { dayNumberOf } from "../time/calendar-day";
import {
  searchUsersInputSchema,
  type SearchUsersInput,
  type UserAccountState,
} from "./user-directory.schema";

export interface UserDirectoryEntry {
  id: string;
  state: UserAccountState;
  /** Null for a deleted account: nothing but its id and dates is kept. */
  email: string | null;
  username: string | null;
  fullName: string | null;
  signedUpAt: Date;
  lastSignInAt: Date | null;
  closedAt: Date | null;
  /** A seeded demo account, not a person. */
  isDemo: boolean;
}

export interface UserDirectoryPage {
  users: UserDirectoryEntry[];
  /** Null on the last page. */
  nextCursor: string | null;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const startOfUtcDay = (date: string) => new Date(dayNumberOf(date) * DAY_MS);

/** `text` as a LIKE pattern matching it anywhere, its own wildcards taken literally. */
const containing = (text: string) =>
  `%${text.toLowerCase().replace(/[\\%_]/g, (character) => `\\${character}`)}%`;

/**
 * Users for the support desk, newest sign-up first, keyset-paged: by any part of the e-mail, username or
 * name (the trigram index `idx_users_search`) or a whole id, by state and by sign-up day (UTC). Deleted
 * accounts are found by id only, since nothing else of them is kept.
 */
export async function searchUsers(em: EntityManager, rawInput: SearchUsersInput): Promise<UserDirectoryPage> {
  const input = parseInput(searchUsersInputSchema, rawInput, "input");
  const after = input.cursor ? decodeNewestFirstCursor(input.cursor) : null;
  const signedUp = {
    ...(input.signedUpFrom ? { $gte: startOfUtcDay(input.signedUpFrom) } : {}),
    ...(input.signedUpTo ? { $lt: new Date(startOfUtcDay(input.signedUpTo).getTime() + DAY_MS) } : {}),
  };
  const query = input.query || null;
  const byId = query !== null && isUuid(query);

  if (input.state === "deleted") {
    if (query !== null && !byId) return { users: [], nextCursor: null };
    const where: FilterQuery<ClosedAccount> = {
      ...(byId ? { userId: query.toLowerCase() } : {}),
      ...(Object.keys(signedUp).length > 0 ? { signedUpAt: signedUp } : {}),
      ...(after
        ? {
            $or: [
              { closedAt: { $lt: after.createdAt } },
              { closedAt: after.createdAt, userId: { $lt: after.id } },
            ],
          }
        : {}),
    };
    const rows = await em.find(ClosedAccount, where, {
      orderBy: { closedAt: "desc", userId: "desc" },
      limit: input.limit + 1,
    });
    const page = newestFirstPage(
      rows.map((row) => ({ row, createdAt: row.closedAt, id: row.userId })),
      input.limit,
    );
    return {
      users: page.rows.map(({ row }) => ({
        id: row.userId,
        state: "deleted",
        email: null,
        username: null,
        fullName: null,
        signedUpAt: row.signedUpAt,
        lastSignInAt: null,
        closedAt: row.closedAt,
        isDemo: false,
      })),
      nextCursor: page.nextCursor,
    };
  }

  const where: FilterQuery<User> = {
    deletedAt: null,
    ...(input.state ? { isActive: input.state === "active" } : {}),
    ...(Object.keys(signedUp).length > 0 ? { createdAt: signedUp } : {}),
    ...(query === null
      ? {}
      : byId
        ? { id: query.toLowerCase() }
        : { [raw(userSearchTextSql)]: { $like: containing(query) } }),
    ...(after ? olderThan(after) : {}),
  };
  const rows = await em.find(User, where, {
    orderBy: { createdAt: "desc", id: "desc" },
    limit: input.limit + 1,
    fields: ["email", "username", "fullName", "createdAt", "lastLoginAt", "isActive", "isDemo"],
  });
  const page = newestFirstPage(rows, input.limit);
  return {
    users: page.rows.map((user) => ({
      id: user.id,
      state: user.isActive ? "active" : "suspended",
      email: user.email,
      username: user.username,
      fullName: user.fullName,
      signedUpAt: user.createdAt,
      lastSignInAt: user.lastLoginAt ?? null,
      closedAt: null,
      isDemo: user.isDemo,
    })),
    nextCursor: page.nextCursor,
  };
}
