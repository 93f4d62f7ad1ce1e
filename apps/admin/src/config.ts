import { z } from "zod";

/** The dashboard's configuration, read when the server starts. */
const adminEnvSchema = z.object({
  ADMIN_API_URL: z.url().default("http://127.0.0.1:4000"),
  /** Reverse proxies in front of the dashboard that append to X-Forwarded-For; 0: no client address is known. */
  ADMIN_TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  /** Shared with the API: vouches for the staff member's address forwarded with each request. */
  DASHBOARD_PROXY_SECRET: z.string().min(32).optional(),
});

const env = adminEnvSchema.parse(process.env);

export const adminConfig = {
  apiUrl: env.ADMIN_API_URL.replace(/\/+$/, ""),
  trustedProxyHops: env.ADMIN_TRUSTED_PROXY_HOPS,
  proxySecret: env.DASHBOARD_PROXY_SECRET,
};
