import { defaultFieldResolver, type GraphQLField, type GraphQLSchema, isObjectType } from "graphql";
import { type MiddlewareFn } from "type-graphql";
import { type GraphqlContext } from "./context";
import { rateLimitOperations } from "./rate-limit.middleware";
import { refuseUnstorableText } from "./storable-text.middleware";

type Field = GraphQLField<unknown, GraphqlContext, Record<string, unknown>>;

/** Puts `middleware` in front of a field's resolver, in place. */
function wrap(field: Field, middleware: MiddlewareFn<GraphqlContext>): void {
  const resolve = field.resolve ?? defaultFieldResolver;
  field.resolve = (root, args, context, info) =>
    middleware({ root, args, context, info }, () => Promise.resolve(resolve(root, args, context, info)));
}

/**
 * The edge rules, on the fields they concern only: unstorable text on every field that takes arguments,
 * then the operation limits on every root field. type-graphql's `globalMiddlewares` would wrap every field
 * of every object instead, turning each scalar of a list into a promise (most of a large answer's CPU).
 */
export function applyEdgeMiddlewares(schema: GraphQLSchema): GraphQLSchema {
  const roots = new Set([schema.getQueryType(), schema.getMutationType()].filter(Boolean));
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith("__")) continue;
    for (const field of Object.values(type.getFields()) as Field[]) {
      if (roots.has(type)) wrap(field, rateLimitOperations);
      if (field.args.length > 0) wrap(field, refuseUnstorableText);
    }
  }
  return schema;
}
