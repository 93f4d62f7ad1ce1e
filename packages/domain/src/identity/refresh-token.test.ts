import { describe, expect, it } from "vitest";
import {
  generateRefreshToken,
  hashRefreshToken,
  isSpentTokenOf,
  MAX_REPLAY_GENERATIONS,
  nextRefreshToken,
  parseRefreshToken,
} from "./refresh-token";

const key = "rotation-key-".padEnd(48, "k");
const sessionId = "0b8f7a52-3c1e-4c55-9d7e-2f1a6b9c0d11";

/** The family's tokens: the first, then each rotation's. */
function family(rotations: number): string[] {
  const tokens = [generateRefreshToken(sessionId)];
  for (let step = 0; step < rotations; step++)
    tokens.push(nextRefreshToken(parseRefreshToken(tokens.at(-1)!)!, key));
  return tokens;
}

const currentOf = (tokens: string[]) => ({
  hash: hashRefreshToken(tokens.at(-1)!),
  generation: tokens.length - 1,
});

describe("recognising a spent refresh token", () => {
  it.each([1, 2, 7])("an ancestor %i rotations old is a spent token of the family", (age) => {
    const tokens = family(10);
    expect(isSpentTokenOf(parseRefreshToken(tokens.at(-1 - age)!)!, currentOf(tokens), key)).toBe(true);
  });

  it("a made-up secret for the same session id is not", () => {
    const tokens = family(10);
    const guess = parseRefreshToken(generateRefreshToken(sessionId))!;
    expect(isSpentTokenOf(guess, currentOf(tokens), key)).toBe(false);
  });

  it("the current token itself is not spent, nor a token rotated under another key", () => {
    const tokens = family(3);
    expect(isSpentTokenOf(parseRefreshToken(tokens.at(-1)!)!, currentOf(tokens), key)).toBe(false);
    const first = parseRefreshToken(tokens[0]!)!;
    expect(isSpentTokenOf(first, currentOf(tokens), "another-key".padEnd(48, "x"))).toBe(false);
  });

  it(`looks back at most ${MAX_REPLAY_GENERATIONS} rotations`, () => {
    const tokens = family(MAX_REPLAY_GENERATIONS + 1);
    expect(isSpentTokenOf(parseRefreshToken(tokens[1]!)!, currentOf(tokens), key)).toBe(true);
    expect(isSpentTokenOf(parseRefreshToken(tokens[0]!)!, currentOf(tokens), key)).toBe(false);
  });
});
