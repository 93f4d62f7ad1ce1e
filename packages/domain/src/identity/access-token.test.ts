import { createHmac } from "node:crypto";
import { SignJWT, UnsecuredJWT } from "jose";
import { describe, expect, it } from "vitest";
import { AccessTokens } from "./access-token";

const settings = {
  secret: "s".repeat(40),
  issuer: "momentum-api",
  audience: "momentum-mobile",
  ttlSeconds: 900,
};
const tokens = new AccessTokens(settings);
const claims = {
  userId: "8d6a1e50-0d55-4c64-9a0e-5e4a0c1d2b11",
  sessionId: "1f0e3f1e-6b5a-4c3e-8f4d-2a7b9c1d0e22",
};
const key = new TextEncoder().encode(settings.secret);

async function rejectionCodeOf(token: string, now?: Date) {
  return tokens.verify(token, now).then(
    () => "accepted",
    (error: { code?: string }) => error.code,
  );
}

describe("access tokens", () => {
  it("round-trips the user and session and expires after the configured lifetime", async () => {
    const issuedAt = new Date("2026-11-26T10:00:00Z");
    const { token, expiresAt } = await tokens.issue(claims, issuedAt);
    expect(expiresAt.toISOString()).toBe("2026-11-26T10:15:00.000Z");
    await expect(tokens.verify(token, new Date("2026-11-26T10:14:00Z"))).resolves.toEqual(claims);
    expect(await rejectionCodeOf(token, new Date("2026-11-26T10:16:00Z"))).toBe("UNAUTHENTICATED");
  });

  it("refuses a correctly signed token older than the lifetime it is issued with, whatever its exp", async () => {
    const issuedAt = Math.floor(new Date("2026-11-26T10:00:00Z").getTime() / 1000);
    const tenYears = await new SignJWT({ sid: claims.sessionId })
      .setProtectedHeader({ alg: "HS256" })
      .setSubject(claims.userId)
      .setIssuer(settings.issuer)
      .setAudience(settings.audience)
      .setIssuedAt(issuedAt)
      .setExpirationTime(issuedAt + 10 * 365 * 86_400)
      .sign(key);
    await expect(tokens.verify(tenYears, new Date("2026-11-26T10:14:00Z"))).resolves.toEqual(claims);
    expect(await rejectionCodeOf(tenYears, new Date("2026-11-26T10:16:00Z"))).toBe("UNAUTHENTICATED");
  });

  it("refuses an unsigned token (alg none)", async () => {
    const unsigned = new UnsecuredJWT({ sid: claims.sessionId })
      .setSubject(claims.userId)
      .setIssuer(settings.issuer)
      .setAudience(settings.audience)
      .setIssuedAt()
      .setExpirationTime("10m")
      .encode();
    expect(await rejectionCodeOf(unsigned)).toBe("UNAUTHENTICATED");
  });

  it("refuses a token signed with another key or another algorithm", async () => {
    const build = (alg: string) =>
      new SignJWT({ sid: claims.sessionId })
        .setProtectedHeader({ alg })
        .setSubject(claims.userId)
        .setIssuer(settings.issuer)
        .setAudience(settings.audience)
        .setIssuedAt()
        .setExpirationTime("10m");
    expect(await rejectionCodeOf(await build("HS256").sign(new TextEncoder().encode("x".repeat(40))))).toBe(
      "UNAUTHENTICATED",
    );
    expect(await rejectionCodeOf(await build("HS512").sign(new TextEncoder().encode("s".repeat(64))))).toBe(
      "UNAUTHENTICATED",
    );
    expect(await rejectionCodeOf(await build("HS256").sign(key))).toBe("accepted");
  });

  it("refuses a token that is not valid yet or asks for header extensions it cannot honour", async () => {
    const build = () =>
      new SignJWT({ sid: claims.sessionId })
        .setSubject(claims.userId)
        .setIssuer(settings.issuer)
        .setAudience(settings.audience)
        .setIssuedAt()
        .setExpirationTime("10m");
    expect(
      await rejectionCodeOf(await build().setProtectedHeader({ alg: "HS256" }).setNotBefore("5m").sign(key)),
    ).toBe("UNAUTHENTICATED");
    const { token } = await tokens.issue(claims);
    const [, payload] = token.split(".");
    const header = Buffer.from(JSON.stringify({ alg: "HS256", crit: ["b64"], b64: false })).toString(
      "base64url",
    );
    const signature = createHmac("sha256", settings.secret)
      .update(`${header}.${payload}`)
      .digest("base64url");
    expect(await rejectionCodeOf(`${header}.${payload}.${signature}`)).toBe("UNAUTHENTICATED");
  });

  it("refuses an edited payload", async () => {
    const { token } = await tokens.issue(claims);
    const [header, payload, signature] = token.split(".");
    const edited = JSON.parse(Buffer.from(payload!, "base64url").toString()) as Record<string, unknown>;
    edited.sub = "00000000-0000-4000-8000-000000000000";
    const forged = [header, Buffer.from(JSON.stringify(edited)).toString("base64url"), signature].join(".");
    expect(await rejectionCodeOf(forged)).toBe("UNAUTHENTICATED");
  });

  it("refuses a token for another audience or issuer", async () => {
    const other = new AccessTokens({ ...settings, audience: "someone-else" });
    expect(await rejectionCodeOf((await other.issue(claims)).token)).toBe("UNAUTHENTICATED");
    const otherIssuer = new AccessTokens({ ...settings, issuer: "evil" });
    expect(await rejectionCodeOf((await otherIssuer.issue(claims)).token)).toBe("UNAUTHENTICATED");
  });
});
