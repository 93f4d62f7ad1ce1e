import "reflect-metadata";
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { buildMobileSchema } from "../schema";
import { contractAllowList } from "./contract-allow-list";
import { contractCoverage } from "./contract-coverage";

const repositoryRoot = resolve(__dirname, "../../../../..");
/** The contract's files, in the order they extend each other: together they are what the app is written against. */
const contractFiles = [
  "mobile-contract.graphql",
  "mobile-contract-depth.graphql",
  "mobile-contract-sync.graphql",
];
const vendoredContract = (file: string) => resolve(repositoryRoot, "docs/contract", file);
const sharedContract = (file: string) => resolve(repositoryRoot, "../shared/api/", file);

/** A contract file's text; a missing one fails the test that needs it, never passes it unchecked. */
function contractText(path: string): string {
  if (!existsSync(path)) throw new Error(`the mobile contract is missing: ${path}`);
  return readFileSync(path, "utf8");
}

describe("the mobile contract", () => {
  const coverage = () =>
    contractCoverage(
      contractFiles.map((file) => contractText(vendoredContract(file))).join("\n"),
      buildMobileSchema(),
    );

  it.each(contractFiles)("keeps %s the same text as the shared file the app team publishes", (file) => {
    expect(contractText(vendoredContract(file))).toBe(contractText(sharedContract(file)));
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
