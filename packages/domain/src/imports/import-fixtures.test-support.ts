import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { zipSync } from "fflate";

const fixtures = join(__dirname, "fixtures");

/** A fixture file's text. */
export const fixtureText = (name: string): string => readFileSync(join(fixtures, name), "utf8");

/** A fixture folder as a base64 zip, the way a client sends a zip to startImport. */
export function fixtureZipBase64(folder: string): string {
  const root = join(fixtures, folder);
  const entries: Record<string, Uint8Array> = {};
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else entries[relative(root, path)] = readFileSync(path);
    }
  };
  walk(root);
  return Buffer.from(zipSync(entries)).toString("base64");
}
