import "reflect-metadata";
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { buildMobileSchema } from "../schema";
import { contractAllowList } from "./contract-allow-list";
import { contractCoverage } from "./contract-coverage";

const repositoryRoot = resolve(__dirname, "../../../../..");
const vendoredContract = resolve(repositoryRoot, "docs/contract/mobile-contract.graphql");
const sharedContract = resolve(repositoryRoot, "../shared/api/mobile-contract.graphql");

/** A contract file's text; a missing one fails the test that needs it, never passes it unchecked. */
function contractText(path: string): string {
  if (!existsSync(path)) throw new Error(`the mobile contract is missing: ${path}`);
  return readFileSync(path, "utf8");
}

describe("the mobile contract", () => {
  const coverage = () => contractCoverage(contractText(vendoredContract), buildMobileSchema());

  it("is the same text as the shared contract the app team publishes", () => {
    expect(contractText(vendoredContract)).toBe(contractText(sharedContract));
  });

  it("is served with compatible types wherever it is served", () => {
    expect(coverage().incompatible).toEqual([]);
  });

  it("lacks only what the allow-list still excuses", () => {
    const { notServed } = coverage();
    const unexcused = notServed.filter((name) => !contractAllowList.includes(name));
    if (notServed.length > 0) {
      process.stdout.write(
        `Contract names not served yet (${notServed.length}):\n  ${notServed.join("\n  ")}\n`,
      );
    }
    expect(unexcused).toEqual([]);
  });

  it("has an allow-list that excuses nothing already served, so it only shrinks", () => {
    const { notServed } = coverage();
    const stale = contractAllowList.filter((name) => !notServed.includes(name));
    expect(stale).toEqual([]);
  });
});
