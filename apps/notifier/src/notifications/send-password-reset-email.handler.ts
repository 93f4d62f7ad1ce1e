import { LockMode, type EntityManager } from "@mikro-orm/postgresql";
import { EmailDelivery, EmailDeliveryStatus, User } from "@momentum/db";
import { issuePasswordResetToken, type PasswordResetEmail } from "@momentum/domain";
import { type Logger } from "@momentum/platform";
import { type MailGateway } from "../mail/mail-gateway";
import { passwordResetLinkOf, passwordResetMailOf, passwordResetSubject } from "../mail/password-reset-mail";

export type PasswordResetOutcome = "sent" | "already_sent" | "no_account" | "failed";

/**
 * E-mails a reset link for one PASSWORD_RESET_EMAIL message, at most once across redeliveries and
 * notifier instances: the message's email_deliveries row is claimed under a lock, and the token is
 * issued, the e-mail handed to the gateway and the row marked sent in one transaction. When the gateway
 * fails, the row keeps the error and the handler throws, so the consumer tries the message again (with a
 * new token: the unsent one is known to nobody and expires). An account closed or suspended since the
 * request gets nothing.
 */
export async function sendPasswordResetEmail(options: {
  em: EntityManager;
  gateway: MailGateway;
  message: PasswordResetEmail;
  messageId: string;
  passwordResetUrl: string;
  logger: Logger;
  now?: Date;
}): Promise<PasswordResetOutcome> {
  const { gateway, message, messageId, passwordResetUrl, logger, now = new Date() } = options;
  const outcome = await options.em.fork().transactional(async (tx): Promise<PasswordResetOutcome> => {
    const user = await tx.findOne(User, { id: message.userId, deletedAt: null, isActive: true });
    if (!user) return "no_account";
    await tx
      .createQueryBuilder(EmailDelivery)
      .insert({
        userId: user.id,
        messageId,
        kind: message.type,
        recipient: user.email,
        subject: passwordResetSubject,
        gateway: gateway.name,
        status: EmailDeliveryStatus.Failed,
      })
      .onConflict(["messageId"])
      .ignore()
      .execute("run");
    const claim = await tx.findOneOrFail(
      EmailDelivery,
      { messageId },
      { lockMode: LockMode.PESSIMISTIC_WRITE },
    );
    if (claim.status === EmailDeliveryStatus.Sent) return "already_sent";

    const token = issuePasswordResetToken(tx, user.id, now);
    try {
      await gateway.send(passwordResetMailOf(user, passwordResetLinkOf(passwordResetUrl, token)));
    } catch (error) {
      claim.error = error instanceof Error ? error.message : String(error);
      return "failed";
    }
    claim.status = EmailDeliveryStatus.Sent;
    claim.error = null;
    return "sent";
  });
  logger.info({ messageId, userId: message.userId, outcome }, "password reset e-mail");
  if (outcome === "failed") throw new Error("the mail gateway did not take the password reset e-mail");
  return outcome;
}
