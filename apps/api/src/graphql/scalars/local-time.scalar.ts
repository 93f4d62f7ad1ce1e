import { GraphQLError, GraphQLScalarType, Kind } from "graphql";

const LOCAL_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

function parseLocalTime(value: unknown): string {
  if (typeof value === "string" && LOCAL_TIME.test(value)) return value;
  throw new GraphQLError("LocalTime must be a wall-clock time HH:MM", {
    extensions: { code: "BAD_USER_INPUT" },
  });
}

/** A wall-clock time (HH:MM) in the user's zone. The database's `time` column adds seconds; they are dropped. */
export const LocalTimeScalar = new GraphQLScalarType<string, string>({
  name: "LocalTime",
  description: "Wall-clock time, HH:MM",
  serialize: (value) => parseLocalTime(typeof value === "string" ? value.slice(0, 5) : value),
  parseValue: parseLocalTime,
  parseLiteral: (ast) => parseLocalTime(ast.kind === Kind.STRING ? ast.value : undefined),
});
