import { type EntityManager } from "@mikro-orm/postgresql";
import { findActiveSession, unauthenticated } from "@momentum/domain";
import { type ApiDependencies } from "../dependencies";

const BEARER = /^Bearer\s+(\S+)$/i;

/**
 * The signed-in user behind an `Authorization: Bearer <accessToken>` header: a valid token of a session
 * that is still active. Throws UNAUTHENTICATED (a DomainError) saying why not.
 */
export async function viewerOfBearer(
  deps: Pick<ApiDependencies, "accessTokens" | "redis">,
  em: EntityManager,
  authorization: string | null,
  now: Date,
): Promise<{ userId: string; sessionId: string }> {
  if (!authorization) throw unauthenticated("Sign in first: send 'Authorization: Bearer <accessToken>'");
  const token = BEARER.exec(authorization)?.[1];
  if (!token) throw unauthenticated("Authorization must be 'Bearer <accessToken>'");
  const claims = await deps.accessTokens.verify(token, now);
  const session = await findActiveSession(em, deps.redis, claims.sessionId, now);
  if (!session || session.userId !== claims.userId) throw unauthenticated("Session has ended, sign in again");
  return { userId: session.userId, sessionId: session.sessionId };
}
