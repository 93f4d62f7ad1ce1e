import pino, { type DestinationStream, type Logger } from "pino";
import { serializeError } from "./error-serializer";

export type { Logger };

/** One structured logger per process; children carry the request or message id. */
export function createLogger(
  options: { name: string; level?: string },
  destination?: DestinationStream,
): Logger {
  return pino(
    {
      name: options.name,
      level: options.level ?? "info",
      base: { service: options.name },
      serializers: { err: serializeError, error: serializeError },
    },
    destination,
  );
}
