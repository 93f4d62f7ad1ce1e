import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLInputType,
} from "graphql";

/** A small seeded generator (mulberry32): the same seed gives the same calls, so a failure reproduces. */
export function seededRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  return {
    next,
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
    chance: (probability: number) => next() < probability,
  };
}

export type Random = ReturnType<typeof seededRandom>;

/** Text a client may send: long, empty, binary-looking, other scripts, injections, control characters. */
export const hostileStrings = [
  "x".repeat(100_000),
  "",
  " ",
  "a\u0000b",
  "\uD800",
  "🏃‍♀️🔥💯".repeat(50),
  "‮right-to-left override",
  "'; drop table users; --",
  '" or "1"="1',
  "../../../../etc/passwd",
  "%00%0a%0d",
  "<script>alert(1)</script>",
  "${jndi:ldap://127.0.0.1/a}",
  "\r\n\t\b\f",
  "Ω≈ç√∫˜µ≤≥÷",
  "null",
  "undefined",
  "NaN",
  "-1",
  "9".repeat(400),
];

const hostileIds = [
  "00000000-0000-4000-8000-000000000000",
  "00000000-0000-0000-0000-000000000000",
  "not-a-uuid",
  "",
  "ffffffff-ffff-ffff-ffff-ffffffffffff",
  "1",
  "x".repeat(10_000),
  "a\u0000b",
  "8b9cad0e-1d4b-4e6a-9b8f-5e3c2a1b0c9d'--",
];

const hostileNumbers = [0, -1, 1, 2_147_483_647, -2_147_483_648, 1e308, -1e308, 0.5, 1e-300, 4_294_967_296];

const hostileDates = [
  "2026-02-30",
  "0000-01-01",
  "9999-12-31",
  "2026-13-01",
  "2026-1-1",
  "yesterday",
  "2026-12-02",
];
const hostileTimes = ["25:00", "23:59", "00:00", "12:60", "-1:00", "7", "24:00"];
const hostileInstants = [
  "not a date",
  "275760-09-13T00:00:00Z",
  "-271821-04-20T00:00:00Z",
  "2026-12-02T10:00:00+14:00",
  "2026-03-29T02:30:00Z",
  "1970-01-01T00:00:00Z",
  "2026-12-02",
];

/** JSON a client may send where an object is expected: deep, wide, or the wrong kind. */
function hostileJson(random: Random): unknown {
  switch (random.pick(["deep", "wide", "strings", "wrong"] as const)) {
    case "deep": {
      let nested: unknown = { leaf: random.pick(hostileStrings) };
      for (let level = 0; level < 200; level++) nested = { nested };
      return nested;
    }
    case "wide":
      return Object.fromEntries(Array.from({ length: 500 }, (_, index) => [`k${index}`, index]));
    case "strings":
      return { [random.pick(hostileStrings).slice(0, 50)]: random.pick(hostileStrings) };
    case "wrong":
      return random.pick([[], [1, 2, 3], "text", 42, true]);
  }
}

function scalarValue(name: string, random: Random): unknown {
  switch (name) {
    case "ID":
      return random.pick(hostileIds);
    case "Int":
      return random.pick(hostileNumbers.filter(Number.isInteger));
    case "Float":
      return random.pick(hostileNumbers);
    case "Boolean":
      return random.chance(0.5);
    case "Date":
      return random.pick(hostileDates);
    case "LocalTime":
      return random.pick(hostileTimes);
    case "DateTime":
      return random.pick(hostileInstants);
    case "JSONObject":
    case "JSON":
      return hostileJson(random);
    default:
      return random.pick(hostileStrings);
  }
}

/**
 * A value of the right GraphQL input type with hostile content: required fields always, optional ones
 * at random, lists empty, single or of 200 items.
 */
export function hostileValueOf(type: GraphQLInputType, random: Random, depth = 0): unknown {
  if (isNonNullType(type)) return hostileValueOf(type.ofType, random, depth);
  if (isListType(type)) {
    const length = random.pick([0, 1, 200]);
    return Array.from({ length }, () => hostileValueOf(type.ofType, random, depth + 1));
  }
  if (isEnumType(type)) return random.pick(type.getValues()).name;
  if (isScalarType(type)) return scalarValue(type.name, random);
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields()).filter(
      (field) => isNonNullType(field.type) || (depth < 3 && random.chance(0.6)),
    );
    return Object.fromEntries(
      fields.map((field) => [field.name, hostileValueOf(field.type, random, depth + 1)]),
    );
  }
  return null;
}

/** The shape a selection needs: objects get `__typename`, scalars and enums nothing. */
export const needsSelection = (type: Parameters<typeof getNamedType>[0]) => {
  const named = getNamedType(type);
  return !isScalarType(named) && !isEnumType(named);
};

/** Anything JSON can carry where a field of a tRPC input goes: text, numbers, the wrong kinds, nesting. */
export function hostileJsonValue(random: Random): unknown {
  switch (random.pick(["string", "string", "id", "number", "date", "kind", "json"] as const)) {
    case "string":
      return random.pick(hostileStrings);
    case "id":
      return random.pick(hostileIds);
    case "number":
      return random.pick(hostileNumbers);
    case "date":
      return random.pick([...hostileDates, ...hostileInstants]);
    case "kind":
      return random.pick([null, true, false, [], {}]);
    case "json":
      return hostileJson(random);
  }
}
