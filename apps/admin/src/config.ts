import { z } from "zod";

/** The dashboard's only configuration: where the API listens (read at build for the rewrite, at run time by server components). */
const adminEnvSchema = z.object({
  ADMIN_API_URL: z.url().default("http://127.0.0.1:4000"),
});

const env = adminEnvSchema.parse(process.env);

export const adminConfig = {
  apiUrl: env.ADMIN_API_URL.replace(/\/+$/, ""),
};
