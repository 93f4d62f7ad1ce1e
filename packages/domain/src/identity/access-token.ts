import { SignJWT, jwtVerify, errors as joseErrors } from "jose";
import { unauthenticated } from "../errors/domain-error";

export interface AccessTokenSettings {
  secret: string;
  issuer: string;
  audience: string;
  ttlSeconds: number;
}

export interface AccessTokenClaims {
  userId: string;
  sessionId: string;
}

const ALGORITHM = "HS256";

/**
 * Short-lived JWTs for the mobile app. Only HS256 with our own key is accepted: `alg: none`, other
 * algorithms and key-carrying headers (jku, x5u, jwk) are never honoured, because the key is fixed here.
 */
export class AccessTokens {
  private readonly key: Uint8Array;

  constructor(private readonly settings: AccessTokenSettings) {
    this.key = new TextEncoder().encode(settings.secret);
  }

  async issue(claims: AccessTokenClaims, now = new Date()): Promise<{ token: string; expiresAt: Date }> {
    const issuedAt = Math.floor(now.getTime() / 1000);
    const expiresAt = new Date((issuedAt + this.settings.ttlSeconds) * 1000);
    const token = await new SignJWT({ sid: claims.sessionId })
      .setProtectedHeader({ alg: ALGORITHM, typ: "JWT" })
      .setSubject(claims.userId)
      .setIssuer(this.settings.issuer)
      .setAudience(this.settings.audience)
      .setIssuedAt(issuedAt)
      .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
      .sign(this.key);
    return { token, expiresAt };
  }

  async verify(token: string, now = new Date()): Promise<AccessTokenClaims> {
    try {
      const { payload } = await jwtVerify(token, this.key, {
        algorithms: [ALGORITHM],
        issuer: this.settings.issuer,
        audience: this.settings.audience,
        requiredClaims: ["sub", "sid", "iat", "exp"],
        currentDate: now,
        // A token is never older than the lifetime we issue, whatever `exp` it claims.
        maxTokenAge: this.settings.ttlSeconds,
      });
      if (typeof payload.sub !== "string" || typeof payload.sid !== "string") throw unauthenticated();
      return { userId: payload.sub, sessionId: payload.sid };
    } catch (error) {
      if (error instanceof joseErrors.JWTExpired) throw unauthenticated("Access token expired");
      throw unauthenticated("Invalid access token");
    }
  }
}
