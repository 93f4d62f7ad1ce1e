import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DomainError } from "../errors/domain-error";
import {
  comparePositions,
  decodeTaskCursor,
  encodeTaskCursor,
  type TaskListPosition,
} from "./task-list-cursor";

const position = fc.record({
  due: fc.option(fc.integer({ min: 0, max: 4_102_444_800_000 }), { nil: null }),
  id: fc.uuid({ version: 4 }),
});

describe("task list cursors", () => {
  it("decode to the position they were made from", () => {
    fc.assert(
      fc.property(position, (at) => {
        expect(decodeTaskCursor(encodeTaskCursor(at))).toEqual(at);
      }),
    );
  });

  it.each([
    ["not base64 JSON", "%%%"],
    ["JSON of another shape", Buffer.from('{"id":1}').toString("base64url")],
    ["a malformed id", Buffer.from('[null,"x"]').toString("base64url")],
    [
      "a fractional due date",
      Buffer.from('[1.5,"5b0e8a52-1b7c-4a53-9d2e-0c8f4f4e2a11"]').toString("base64url"),
    ],
  ])("refuse %s as invalid input on the field", (_case, cursor) => {
    expect(() => decodeTaskCursor(cursor)).toThrow(DomainError);
    expect(() => decodeTaskCursor(cursor)).toThrow(
      expect.objectContaining({
        details: { fields: [{ field: "after", message: "is not a cursor from this list" }] },
      }),
    );
  });
});

describe("list order", () => {
  const a = "00000000-0000-4000-8000-000000000001";
  const b = "00000000-0000-4000-8000-000000000002";
  it.each<[string, TaskListPosition, TaskListPosition, number]>([
    ["earlier due date first", { due: 1, id: b }, { due: 2, id: a }, -1],
    ["undated after dated", { due: null, id: a }, { due: 5, id: b }, 1],
    ["same due date by id", { due: 5, id: a }, { due: 5, id: b }, -1],
    ["undated by id", { due: null, id: b }, { due: null, id: a }, 1],
    ["the same position", { due: 5, id: a }, { due: 5, id: a }, 0],
  ])("%s", (_case, left, right, expected) => {
    expect(Math.sign(comparePositions(left, right))).toBe(expected);
  });
});
