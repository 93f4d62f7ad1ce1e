import { describe, expect, it } from "vitest";
import { loadNotifierConfig } from "./config";

const base = { DATABASE_URL: "postgres://localhost/momentum" };
const firebase = { GOOGLE_APPLICATION_CREDENTIALS: "/etc/momentum/firebase.json" };
const mail = {
  SMTP_URL: "smtps://mailer:secret@smtp.example.com:465",
  MAIL_FROM: "Momentum <no-reply@example.com>",
  PASSWORD_RESET_URL: "https://app.example.com/reset-password",
};

describe("notifier configuration", () => {
  it.each(["SMTP_URL", "MAIL_FROM", "PASSWORD_RESET_URL"] as const)(
    "refuses to start in production without %s",
    (name) => {
      const env = { ...base, ...firebase, ...mail, NODE_ENV: "production", [name]: undefined };
      expect(() => loadNotifierConfig(env)).toThrow(new RegExp(name));
    },
  );

  it("refuses to start in production without Firebase credentials (it would only record pushes)", () => {
    expect(() => loadNotifierConfig({ ...base, ...mail, NODE_ENV: "production" })).toThrow(
      /FIREBASE_SERVICE_ACCOUNT_JSON/,
    );
    const withJson = { ...base, ...mail, NODE_ENV: "production", FIREBASE_SERVICE_ACCOUNT_JSON: "{}" };
    expect(loadNotifierConfig(withJson).firebase).toEqual({ serviceAccountJson: "{}" });
  });

  it("takes the mail settings in production", () => {
    const config = loadNotifierConfig({ ...base, ...firebase, ...mail, NODE_ENV: "production" });
    expect(config.mail).toEqual({
      smtpUrl: mail.SMTP_URL,
      from: mail.MAIL_FROM,
      passwordResetUrl: mail.PASSWORD_RESET_URL,
    });
  });

  it("records e-mails in development, with a development sender and the app's deep link", () => {
    const config = loadNotifierConfig({ ...base, NODE_ENV: "development" });
    expect(config.mail).toEqual({
      smtpUrl: undefined,
      from: "Momentum <no-reply@momentum.invalid>",
      passwordResetUrl: "momentum://reset-password",
    });
  });

  it("refuses an SMTP_URL that is not smtp:// or smtps://", () => {
    expect(() => loadNotifierConfig({ ...base, NODE_ENV: "development", SMTP_URL: "http://mail" })).toThrow(
      /SMTP_URL/,
    );
  });
});
