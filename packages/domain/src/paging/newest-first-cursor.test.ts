import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { DomainError } from "../errors/domain-error";
import { decodeNewestFirstCursor, encodeNewestFirstCursor } from "./newest-first-cursor";

describe("newest-first cursor", () => {
  it("decodes to the position it was made from", () => {
    const position = { createdAt: new Date("2030-05-01T10:11:12.345Z"), id: randomUUID() };
    expect(decodeNewestFirstCursor(encodeNewestFirstCursor(position))).toEqual(position);
  });

  it.each([
    ["not base64 JSON", "%%%"],
    ["a JSON value of another shape", Buffer.from('{"a":1}').toString("base64url")],
    ["a position with an id that is no uuid", Buffer.from('[1,"x"]').toString("base64url")],
  ])("refuses %s as INVALID_INPUT on input.cursor", (_case, cursor) => {
    const thrown = (() => {
      try {
        decodeNewestFirstCursor(cursor);
      } catch (error) {
        return error;
      }
    })();
    expect(thrown).toBeInstanceOf(DomainError);
    expect((thrown as DomainError).details.fields).toEqual([
      { field: "input.cursor", message: "is not a cursor from this list" },
    ]);
  });
});
