import { type Logger } from "@momentum/platform";
import { type Mail, type MailGateway } from "./mail-gateway";

/**
 * The gateway for development and tests, used when no SMTP_URL is configured (production requires one):
 * it sends nothing, logs each e-mail with its text (a developer can follow a reset link from the log),
 * and keeps them so a test can look.
 */
export class RecordingMailGateway implements MailGateway {
  readonly name = "recording";
  readonly mails: Mail[] = [];

  constructor(private readonly logger: Logger) {}

  async send(mail: Mail): Promise<void> {
    this.mails.push(mail);
    this.logger.info({ to: mail.to, subject: mail.subject, text: mail.text }, "e-mail recorded");
  }

  async close(): Promise<void> {}
}
