import { invalidInput } from "../errors/domain-error";
import { isUuid } from "../ids/uuid";

/** A position in the audit log's order: newest first, ties broken by id. */
export interface AuditLogPosition {
  createdAt: Date;
  id: string;
}

/** Opaque to clients: base64url of the position. */
export const encodeAuditLogCursor = (position: AuditLogPosition): string =>
  Buffer.from(JSON.stringify([position.createdAt.getTime(), position.id])).toString("base64url");

export function decodeAuditLogCursor(cursor: string, field = "input.cursor"): AuditLogPosition {
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
