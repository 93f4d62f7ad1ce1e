import "reflect-metadata";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { printServedSchema, schemaArtifactPath, schemaPrintCommand } from "./schema-artifact";

describe("the checked-in schema", () => {
  it("is the schema the API serves", () => {
    expect(
      readFileSync(schemaArtifactPath, "utf8"),
      `docs/contract/schema.graphql is stale: run \`${schemaPrintCommand}\` and commit the file`,
    ).toBe(printServedSchema());
  });
});
