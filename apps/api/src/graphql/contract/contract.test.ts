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

describe("the mobile contract", () => {
  const coverage = contractCoverage(readFileSync(vendoredContract, "utf8"), buildMobileSchema());

  it("is the same text as the shared contract the app team publishes", () => {
    if (!existsSync(sharedContract)) return; // a clone without the shared folder checks the vendored copy only
    expect(readFileSync(vendoredContract, "utf8")).toBe(readFileSync(sharedContract, "utf8"));
  });

  it("is served with compatible types wherever it is served", () => {
    expect(coverage.incompatible).toEqual([]);
  });

  it("lacks only what the allow-list still excuses", () => {
    const unexcused = coverage.notServed.filter((name) => !contractAllowList.includes(name));
    if (coverage.notServed.length > 0) {
      process.stdout.write(
        `Contract names not served yet (${coverage.notServed.length}):\n  ${coverage.notServed.join("\n  ")}\n`,
      );
    }
    expect(unexcused).toEqual([]);
  });

  it("has an allow-list that excuses nothing already served, so it only shrinks", () => {
    const stale = contractAllowList.filter((name) => !coverage.notServed.includes(name));
    expect(stale).toEqual([]);
  });
});
