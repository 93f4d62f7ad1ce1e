// A tiny `.env` reader, so the scripts work before `npm install` (no dotenv).
// Apps read only process.env; the scripts copy the file into it for the processes they start.
import { existsSync, readFileSync } from "node:fs";

const ASSIGNMENT = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$/;

/**
 * Parses `KEY=value` lines. Blank lines and `#` comments are skipped; values may be
 * single-quoted (taken literally), double-quoted (`\n`, `\"` and `\\` unescaped) or bare
 * (a trailing ` # comment` is dropped). Throws on a line that is not an assignment,
 * naming the line, so a typo is not silently ignored.
 */
export function parseEnvFile(text, fileName = ".env") {
  const variables = {};
  text.split(/\r?\n/).forEach((rawLine, index) => {
    const line = rawLine.trim();
    if (line === "" || line.startsWith("#")) return;
    const match = ASSIGNMENT.exec(line);
    if (!match) throw new Error(`${fileName}:${index + 1}: expected KEY=value, got "${line}"`);
    const [, key, rawValue] = match;
    variables[key] = unquote(rawValue.trim());
  });
  return variables;
}

function unquote(value) {
  const quote = value[0];
  if ((quote === '"' || quote === "'") && value.length >= 2 && value.endsWith(quote)) {
    const inner = value.slice(1, -1);
    if (quote === "'") return inner;
    return inner.replace(/\\([n"\\])/g, (_, escaped) => (escaped === "n" ? "\n" : escaped));
  }
  return value.replace(/\s+#.*$/, "");
}

/**
 * Copies the variables of `path` into `env` unless already set there: the shell wins
 * over the file, as with dotenv. Returns the names it set; a missing file sets nothing.
 */
export function loadEnvFile(path, env = process.env) {
  if (!existsSync(path)) return [];
  const variables = parseEnvFile(readFileSync(path, "utf8"), path);
  const applied = Object.keys(variables).filter((key) => env[key] === undefined);
  for (const key of applied) env[key] = variables[key];
  return applied;
}
