import { type z } from "zod";
import { type FieldError, invalidInput } from "./domain-error";

/** Turns a zod failure into field errors named by their path, e.g. `input.email`. */
export function fieldErrorsOf(error: z.ZodError, prefix?: string): FieldError[] {
  return error.issues.map((issue) => ({
    field: [prefix, ...issue.path.map(String)].filter(Boolean).join(".") || (prefix ?? "input"),
    message: issue.message,
  }));
}

/** Parses with a schema, throwing an INVALID_INPUT domain error that names every bad field. */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown, prefix?: string): z.infer<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw invalidInput(fieldErrorsOf(result.error, prefix));
  return result.data;
}

/**
 * An update's field that the object always has: left out it stays as it is, and null is refused (there
 * is nothing to clear it to) rather than silently ignored. Null stays in the input type, as GraphQL sends it.
 */
export function notClearable<T extends z.ZodType>(schema: T) {
  return schema
    .nullish()
    .refine((value) => value !== null, "must not be null: leave the field out to keep its value")
    .transform((value) => value as Exclude<typeof value, null>);
}
