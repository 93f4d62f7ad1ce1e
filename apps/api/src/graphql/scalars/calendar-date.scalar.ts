import { GraphQLError, GraphQLScalarType, Kind } from "graphql";

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function parseCalendarDate(value: unknown): string {
  const match = typeof value === "string" ? CALENDAR_DATE.exec(value) : null;
  if (match) {
    const [, year, month, day] = match.map(Number) as [number, number, number, number];
    const date = new Date(Date.UTC(year, month - 1, day));
    if (date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day) {
      return value as string;
    }
  }
  throw new GraphQLError("Date must be a calendar date YYYY-MM-DD", {
    extensions: { code: "BAD_USER_INPUT" },
  });
}

/** A calendar day (YYYY-MM-DD) in the user's zone: carried as a string, never as an instant. */
export const CalendarDateScalar = new GraphQLScalarType<string, string>({
  name: "Date",
  description: "Calendar date, YYYY-MM-DD",
  serialize: (value) => parseCalendarDate(value),
  parseValue: parseCalendarDate,
  parseLiteral: (ast) => parseCalendarDate(ast.kind === Kind.STRING ? ast.value : undefined),
});
