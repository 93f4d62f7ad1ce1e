import "@momentum/node-runtime/check";
import "reflect-metadata";
import { writeFileSync } from "node:fs";
import { printServedSchema, schemaArtifactPath } from "../graphql/schema-artifact";

/** `npm run schema:print -w @momentum/api`: rewrites docs/contract/schema.graphql from the resolvers. */
writeFileSync(schemaArtifactPath, printServedSchema());
process.stdout.write(`wrote ${schemaArtifactPath}\n`);
