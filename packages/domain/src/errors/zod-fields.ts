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
