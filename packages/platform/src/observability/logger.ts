import pino, { type Logger } from "pino";

export type { Logger };

/** One structured logger per process; children carry the request or message id. */
export function createLogger(options: { name: string; level?: string }): Logger {
  return pino({ name: options.name, level: options.level ?? "info", base: { service: options.name } });
}
