import { type ClientInfo } from "@momentum/domain";

/** Who is calling, as far as HTTP tells: kept on sessions and audit lines. */
export function clientInfoOf(request: Request): ClientInfo {
  const forwarded = request.headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return {
    ip: forwarded || request.headers.get("x-real-ip") || null,
    userAgent: request.headers.get("user-agent"),
    deviceId: request.headers.get("x-device-id"),
  };
}
