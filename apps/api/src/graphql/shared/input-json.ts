import { getNullableType, type GraphQLInputType, isEnumType, isInputObjectType, isListType } from "graphql";

/**
 * A stored input value as a client writes it: enum values by their GraphQL names (the server keeps
 * its own values, e.g. `pending` for PENDING), other values as stored. Fields the type lacks are dropped.
 */
export function inputJsonOf(type: GraphQLInputType, value: unknown): unknown {
  if (value === null || value === undefined) return value;
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    return Array.isArray(value) ? value.map((item) => inputJsonOf(nullable.ofType, item)) : value;
  }
  if (isEnumType(nullable)) return nullable.getValues().find((entry) => entry.value === value)?.name ?? value;
  if (isInputObjectType(nullable) && typeof value === "object") {
    const fields = nullable.getFields();
    return Object.fromEntries(
      Object.entries(value)
        .filter(([name]) => fields[name])
        .map(([name, field]) => [name, inputJsonOf(fields[name]!.type, field)]),
    );
  }
  return value;
}
