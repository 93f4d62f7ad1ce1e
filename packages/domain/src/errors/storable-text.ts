import { type FieldError } from "./domain-error";

/** A UTF-16 half of a pair without its other half: text that has no UTF-8 form. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const problemOf = (text: string): string | null => {
  if (text.includes("\u0000")) return "must not contain a NUL character";
  if (LONE_SURROGATE.test(text)) return "must be valid Unicode text";
  return null;
};

/**
 * Every string in an input (nested objects and lists included) that PostgreSQL cannot store as text:
 * a NUL character, or a lone surrogate, which has no UTF-8 form. Named by path, e.g. `input.title`.
 * Checked at each transport's edge, before any service runs.
 */
export function unstorableTextIn(value: unknown, path: string): FieldError[] {
  if (typeof value === "string") {
    const message = problemOf(value);
    return message ? [{ field: path, message }] : [];
  }
  if (Array.isArray(value)) return value.flatMap((item, index) => unstorableTextIn(item, `${path}.${index}`));
  if (value !== null && typeof value === "object" && !(value instanceof Date)) {
    return Object.entries(value).flatMap(([key, item]) => [
      ...(problemOf(key)
        ? [
            {
              field: `${path}.${key.replace(/[^\w-]/g, "?")}`,
              message: "has a key that is not storable text",
            },
          ]
        : []),
      ...unstorableTextIn(item, `${path}.${key}`),
    ]);
  }
  return [];
}
