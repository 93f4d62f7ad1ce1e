import { resolve } from "node:path";
import { lexicographicSortSchema, printSchema } from "graphql";
import { buildMobileSchema } from "./schema";

/** The command that rewrites the checked-in schema from the resolvers. */
export const schemaPrintCommand = "npm run schema:print -w @momentum/api";

/** docs/contract/schema.graphql: the same depth below the repository root from src/graphql and dist/graphql. */
export const schemaArtifactPath = resolve(__dirname, "../../../../docs/contract/schema.graphql");

/**
 * The served schema, whole, as the app team generates client types from it. Sorted, so a diff shows
 * what changed rather than where type-graphql happened to register it.
 */
export function printServedSchema(): string {
  const header = `# The schema /graphql serves, written from apps/api's resolvers by \`${schemaPrintCommand}\`. Do not edit.`;
  return `${header}\n\n${printSchema(lexicographicSortSchema(buildMobileSchema()))}\n`;
}
