import "reflect-metadata";
import { type GraphQLSchema } from "graphql";
import { buildSchemaSync } from "type-graphql";
import { authChecker } from "./auth-checker";
import { AccountResolver } from "./identity/account.resolver";
import { ViewerResolver } from "./identity/viewer.resolver";
import { TaskResolver } from "./tasks/task.resolver";

export const resolvers = [AccountResolver, ViewerResolver, TaskResolver] as const;

let schema: GraphQLSchema | undefined;

/** The served mobile schema, built once per process from the resolver classes. */
export function buildMobileSchema(): GraphQLSchema {
  schema ??= buildSchemaSync({ resolvers, authChecker, validate: false, emitSchemaFile: false });
  return schema;
}
