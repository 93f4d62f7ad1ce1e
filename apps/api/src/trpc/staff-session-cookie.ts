/** The dashboard's session cookie: HttpOnly so scripts never see the token, SameSite=Lax against cross-site posts. */
export const STAFF_SESSION_COOKIE = "momentum_staff_session";

export function readStaffSessionCookie(cookieHeader: string | null): string | null {
  if (!cookieHeader) return null;
  for (const pair of cookieHeader.split(";")) {
    const separator = pair.indexOf("=");
    if (separator > 0 && pair.slice(0, separator).trim() === STAFF_SESSION_COOKIE) {
      return pair.slice(separator + 1).trim() || null;
    }
  }
  return null;
}

/** `secure` is off only in development, where the dashboard may run over plain http on another host name. */
export function staffSessionCookie(token: string, expiresAt: Date, options: { secure: boolean }): string {
  return [
    `${STAFF_SESSION_COOKIE}=${token}`,
    "HttpOnly",
    "SameSite=Lax",
    "Path=/",
    `Expires=${expiresAt.toUTCString()}`,
    ...(options.secure ? ["Secure"] : []),
  ].join("; ");
}

export function clearedStaffSessionCookie(options: { secure: boolean }): string {
  return staffSessionCookie("", new Date(0), options) + "; Max-Age=0";
}
