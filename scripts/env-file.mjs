// `.env` for the scripts, read by Node's own parser (process.loadEnvFile: Node >= 20.12, so also the system
// Node that runs them before `npm install`). Apps read only process.env; the scripts fill it for what they start.
import { existsSync } from "node:fs";

/** Copies the variables of `path` into process.env; variables already set (the shell's) win. No file, no change. */
export function loadEnvFile(path) {
  if (existsSync(path)) process.loadEnvFile(path);
}
