import { type IdentityContext } from "@momentum/domain";
import { type GraphqlContext } from "../context";

/** The identity services' view of a GraphQL request. */
export const identityContextOf = ({ deps, em }: GraphqlContext): IdentityContext => ({
  em,
  redis: deps.redis,
  accessTokens: deps.accessTokens,
  bcryptCost: deps.config.bcryptCost,
  refreshTokenTtlDays: deps.config.refreshTokenTtlDays,
  sessionMaxLifetimeDays: deps.config.sessionMaxLifetimeDays,
  refreshGraceSeconds: deps.config.refreshGraceSeconds,
  refreshRotationKey: deps.config.refreshRotationKey,
});
