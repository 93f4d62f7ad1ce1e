import { invalidInput } from "../errors/domain-error";
import { isUuid } from "../ids/uuid";

/** A row's place in a newest-first list: its creation time, ties broken by id (both descending). */
export interface NewestFirstPosition {
  createdAt: Date;
  id: string;
}

/** Opaque to clients: base64url of the position. */
export const encodeNewestFirstCursor = (position: NewestFirstPosition): string =>
  Buffer.from(JSON.stringify([position.createdAt.getTime(), position.id])).toString("base64url");

export function decodeNewestFirstCursor(cursor: string, field = "input.cursor"): NewestFirstPosition {
  try {
    const [createdAt, id] = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as unknown[];
    if (Number.isSafeInteger(createdAt) && typeof id === "string" && isUuid(id)) {
      return { createdAt: new Date(createdAt as number), id };
    }
  } catch {
    // fall through: not one of our cursors
  }
  throw invalidInput([{ field, message: "is not a cursor from this list" }]);
}

/** The rows after `position` in newest-first order, as a MikroORM filter on (createdAt, id). */
export const olderThan = (position: NewestFirstPosition) => ({
  $or: [
    { createdAt: { $lt: position.createdAt } },
    { createdAt: position.createdAt, id: { $lt: position.id } },
  ],
});

/**
 * A page from `limit + 1` rows read in newest-first order: the extra row only says that another page
 * follows, and the cursor points after the page's last row.
 */
export function newestFirstPage<Row extends NewestFirstPosition>(
  rows: Row[],
  limit: number,
): { rows: Row[]; nextCursor: string | null } {
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return { rows: page, nextCursor: rows.length > limit && last ? encodeNewestFirstCursor(last) : null };
}
