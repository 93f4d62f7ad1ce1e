import "reflect-metadata";
import { randomUUID } from "node:crypto";
import { type MikroORM } from "@mikro-orm/postgresql";
import { EmailDelivery, EmailDeliveryStatus, openMainOrm, PasswordResetToken, User } from "@momentum/db";
import { type PasswordResetEmail, passwordResetTokenLifetimeMs, sha256Hex } from "@momentum/domain";
import { createLogger } from "@momentum/platform";
import { type ParsedMail } from "mailparser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadNotifierConfig } from "../config";
import { SmtpMailGateway } from "../mail/smtp-mail-gateway";
import { startTestSmtpServer, type TestSmtpServer } from "../testing/test-smtp-server";
import { userWithDevices } from "../testing/user-with-devices";
import { sendPasswordResetEmail } from "./send-password-reset-email.handler";

const config = loadNotifierConfig({ ...process.env, LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? "silent" });
const logger = createLogger({ name: "password-reset-email-test", level: config.logLevel });
const RESET_URL = "https://app.momentum.test/reset-password";

describe("password reset e-mail", () => {
  const received: ParsedMail[] = [];
  let smtp: TestSmtpServer;
  let gateway: SmtpMailGateway;
  let orm: MikroORM;

  beforeAll(async () => {
    smtp = await startTestSmtpServer((mail) => received.push(mail));
    gateway = new SmtpMailGateway(smtp.url, "Momentum <no-reply@momentum.test>");
    orm = await openMainOrm(config.databaseUrl);
  });
  afterAll(async () => {
    await gateway?.close();
    await smtp?.close();
    await orm?.close();
  });

  const messageFor = (userId: string): PasswordResetEmail => ({
    type: "PASSWORD_RESET_EMAIL",
    userId,
    requestedAt: new Date().toISOString(),
  });
  const send = (message: PasswordResetEmail, messageId = randomUUID(), now = new Date()) =>
    sendPasswordResetEmail({
      em: orm.em,
      gateway,
      message,
      messageId,
      passwordResetUrl: RESET_URL,
      logger,
      now,
    });
  const mailsTo = async (userId: string) => {
    const user = await orm.em.fork().findOneOrFail(User, userId);
    return received.filter((mail) => mail.to && JSON.stringify(mail.to).includes(user.email));
  };

  it("sends the account's address a link whose token is stored hashed, single use, for one hour", async () => {
    const userId = await userWithDevices(orm, []);
    const now = new Date();
    expect(await send(messageFor(userId), randomUUID(), now)).toBe("sent");

    const [mail] = await mailsTo(userId);
    expect(mail?.subject).toBe("Reset your Momentum password");
    expect(mail?.from?.value).toEqual([{ name: "Momentum", address: "no-reply@momentum.test" }]);
    const link = new URL(/https:\/\/\S+/.exec(mail!.text!)![0]);
    expect(`${link.origin}${link.pathname}`).toBe(RESET_URL);
    const token = link.searchParams.get("token")!;
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(mail?.html).toContain(`href="${link.toString()}"`);

    const stored = await orm.em.fork().findOneOrFail(PasswordResetToken, { user: userId });
    expect(stored.tokenHash).toBe(sha256Hex(token));
    expect(stored.expiresAt.getTime()).toBe(now.getTime() + passwordResetTokenLifetimeMs);
    expect(stored.usedAt).toBeNull();
  });

  it("sends a redelivered message once", async () => {
    const userId = await userWithDevices(orm, []);
    const message = messageFor(userId);
    const messageId = randomUUID();
    expect(await send(message, messageId)).toBe("sent");
    expect(await send(message, messageId)).toBe("already_sent");
    expect(await mailsTo(userId)).toHaveLength(1);
    expect(await orm.em.fork().count(PasswordResetToken, { user: userId })).toBe(1);
  });

  it("keeps the SMTP server's refusal and throws, so the message is tried again, and sends on the retry", async () => {
    const userId = await userWithDevices(orm, []);
    const messageId = randomUUID();
    smtp.refuseNext(1);
    await expect(send(messageFor(userId), messageId)).rejects.toThrow(/did not take/);
    const failed = await orm.em.fork().findOneOrFail(EmailDelivery, { messageId });
    expect(failed).toMatchObject({ status: EmailDeliveryStatus.Failed, gateway: "smtp" });
    expect(failed.error).toContain("mailbox busy");

    expect(await send(messageFor(userId), messageId)).toBe("sent");
    expect(await mailsTo(userId)).toHaveLength(1);
    const sent = await orm.em.fork().findOneOrFail(EmailDelivery, { messageId });
    expect(sent).toMatchObject({ status: EmailDeliveryStatus.Sent, error: null });
  });

  it("sends nothing to an account suspended since the request", async () => {
    const userId = await userWithDevices(orm, []);
    await orm.em.fork().nativeUpdate(User, { id: userId }, { isActive: false });
    expect(await send(messageFor(userId))).toBe("no_account");
    expect(await mailsTo(userId)).toEqual([]);
    expect(await orm.em.fork().count(PasswordResetToken, { user: userId })).toBe(0);
  });
});
