import { createHash } from "node:crypto";

/**
 * A key for an object of a file without ids (a Todoist row): the hash of what identifies it, so the same
 * row of the same file gives the same key on every import, and two equal rows differ by their `nth`.
 */
export const hashedSourceKey = (prefix: string, parts: readonly string[]): string =>
  `${prefix}:${createHash("sha256").update(JSON.stringify(parts)).digest("hex").slice(0, 40)}`;
