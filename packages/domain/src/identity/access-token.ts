import { createHmac, timingSafeEqual } from "node:crypto";
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
/** How far ahead of our clock a token's issue time may be: another instance's clock may run a little fast. */
const CLOCK_SKEW_SECONDS = 5;

const encodePart = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");

function decodePart(part: string): Record<string, unknown> {
  const value: unknown = JSON.parse(Buffer.from(part, "base64url").toString("utf8"));
  if (!value || typeof value !== "object" || Array.isArray(value))
    throw unauthenticated("Invalid access token");
  return value as Record<string, unknown>;
}

/**
 * Short-lived JWTs for the mobile app. Only HS256 with our own key is accepted: `alg: none`, other
 * algorithms and key-carrying headers (jku, x5u, jwk) are never honoured, because the key is fixed here.
 *
 * Signed and checked with node:crypto on the calling thread: WebCrypto (what jose uses) runs on libuv's
 * thread pool, where every token waited behind the bcrypt compares of concurrent sign-ins (about 190 ms
 * with four compares in flight), slowing sign-in and every authenticated request during a sign-in burst.
 */
export class AccessTokens {
  constructor(private readonly settings: AccessTokenSettings) {}

  private signature(signingInput: string): Buffer {
    return createHmac("sha256", this.settings.secret).update(signingInput).digest();
  }

  issue(claims: AccessTokenClaims, now = new Date()): Promise<{ token: string; expiresAt: Date }> {
    const issuedAt = Math.floor(now.getTime() / 1000);
    const expiresAt = new Date((issuedAt + this.settings.ttlSeconds) * 1000);
    const signingInput = `${encodePart({ alg: ALGORITHM, typ: "JWT" })}.${encodePart({
      sid: claims.sessionId,
      sub: claims.userId,
      iss: this.settings.issuer,
      aud: this.settings.audience,
      iat: issuedAt,
      exp: Math.floor(expiresAt.getTime() / 1000),
    })}`;
    const token = `${signingInput}.${this.signature(signingInput).toString("base64url")}`;
    return Promise.resolve({ token, expiresAt });
  }

  verify(token: string, now = new Date()): Promise<AccessTokenClaims> {
    try {
      return Promise.resolve(this.check(token, now));
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : unauthenticated("Invalid access token"));
    }
  }

  private check(token: string, now: Date): AccessTokenClaims {
    const invalid = () => unauthenticated("Invalid access token");
    const parts = token.split(".");
    if (parts.length !== 3) throw invalid();
    const [header, payload, signature] = parts as [string, string, string];
    const expected = this.signature(`${header}.${payload}`);
    const given = Buffer.from(signature, "base64url");
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw invalid();
    let headerFields: Record<string, unknown>;
    let claims: Record<string, unknown>;
    try {
      headerFields = decodePart(header);
      claims = decodePart(payload);
    } catch {
      throw invalid();
    }
    // Checked after the signature, so only our own tokens get this far; refused anyway if not HS256.
    if (headerFields.alg !== ALGORITHM || headerFields.crit !== undefined) throw invalid();
    const { sub, sid, iss, aud, iat, exp, nbf } = claims;
    const audiences = Array.isArray(aud) ? aud : [aud];
    if (
      typeof sub !== "string" ||
      typeof sid !== "string" ||
      typeof iat !== "number" ||
      typeof exp !== "number"
    )
      throw invalid();
    if (iss !== this.settings.issuer || !audiences.includes(this.settings.audience)) throw invalid();
    const nowSeconds = Math.floor(now.getTime() / 1000);
    if (typeof nbf === "number" && nbf > nowSeconds) throw invalid();
    if (exp <= nowSeconds) throw unauthenticated("Access token expired");
    // Never older than the lifetime we issue, whatever `exp` it claims, and never issued in the future.
    if (nowSeconds - iat > this.settings.ttlSeconds) throw unauthenticated("Access token expired");
    if (iat > nowSeconds + CLOCK_SKEW_SECONDS) throw invalid();
    return { userId: sub, sessionId: sid };
  }
}
