import { randomUUID } from "node:crypto";
import type { EntityManager } from "@mikro-orm/postgresql";
import type { StaffSession, StaffUser } from "@momentum/db";
import { validateStaffSessionToken } from "@momentum/domain";
import { type Logger } from "@momentum/platform";
import type { ApiDependencies } from "../dependencies";
import {
  clearedStaffSessionCookie,
  readStaffSessionCookie,
  staffSessionCookie,
} from "./staff-session-cookie";
import { clientInfoOf } from "../http/client-info";

export interface SignedInStaff {
  session: StaffSession;
  user: StaffUser;
}

export interface TrpcContext {
  deps: ApiDependencies;
  em: EntityManager;
  logger: Logger;
  staff: SignedInStaff | null;
  /** The staff member's address, as the dashboard vouches for it (see client-info.ts): audit log and limits. */
  ip: string | null;
  userAgent: string | null;
  /** The Origin header, checked against the dashboard's origin on every mutation. */
  origin: string | null;
  ownOrigin: string;
  /** The request's one instant, read from the API's clock. */
  now: Date;
  /** Headers of the response (Set-Cookie). */
  resHeaders: Headers;
  setSessionCookie: (token: string, expiresAt: Date) => void;
  clearSessionCookie: () => void;
}

export async function createTrpcContext(
  request: Request,
  resHeaders: Headers,
  deps: ApiDependencies,
): Promise<TrpcContext> {
  const em = deps.orm.em.fork();
  const now = deps.clock.now();
  const secure = deps.config.nodeEnv !== "development";
  const setSessionCookie = (token: string, expiresAt: Date) =>
    resHeaders.append("Set-Cookie", staffSessionCookie(token, expiresAt, { secure }));
  const clearSessionCookie = () => resHeaders.append("Set-Cookie", clearedStaffSessionCookie({ secure }));

  const token = readStaffSessionCookie(request.headers.get("cookie"));
  let staff: SignedInStaff | null = null;
  if (token) {
    const validated = await validateStaffSessionToken(em, token, {
      lifetime: { days: deps.config.staffSessionTtlDays },
      now,
    });
    await em.flush();
    if (!validated) clearSessionCookie();
    else {
      staff = { session: validated.session, user: validated.staffUser };
      if (validated.extended) setSessionCookie(token, validated.session.expiresAt);
    }
  }

  const requestId = request.headers.get("x-request-id") ?? randomUUID();
  return {
    deps,
    em,
    logger: deps.logger.child({ requestId, staffUserId: staff?.user.id }),
    staff,
    ip: clientInfoOf(request).ip ?? null,
    userAgent: request.headers.get("user-agent"),
    origin: request.headers.get("origin"),
    ownOrigin: new URL(request.url).origin,
    now,
    resHeaders,
    setSessionCookie,
    clearSessionCookie,
  };
}
