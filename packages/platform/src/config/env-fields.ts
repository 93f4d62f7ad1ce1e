import { z } from "zod";

/** Reusable field types for environment schemas. */
export const portField = (fallback: number) => z.coerce.number().int().min(0).max(65535).default(fallback);

export const urlField = (protocols: string[], fallback: string) =>
  z
    .url({ message: `must be a URL (${protocols.join(", ")})` })
    .refine((value) => protocols.some((protocol) => value.startsWith(`${protocol}://`)), {
      message: `must start with ${protocols.map((protocol) => `${protocol}://`).join(" or ")}`,
    })
    .default(fallback);

/** Unset means production: development conveniences (published keys, GraphiQL) must be asked for. */
export const nodeEnvField = z.enum(["development", "test", "production"]).default("production");

export const logLevelField = z
  .enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"])
  .default("info");
