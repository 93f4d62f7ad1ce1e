import { createTransport, type Transporter } from "nodemailer";
import { type Mail, type MailGateway } from "./mail-gateway";

/** E-mail through an SMTP server (SMTP_URL), from MAIL_FROM. */
export class SmtpMailGateway implements MailGateway {
  readonly name = "smtp";
  private readonly transport: Transporter;

  constructor(
    smtpUrl: string,
    private readonly from: string,
  ) {
    this.transport = createTransport(smtpUrl);
  }

  async send(mail: Mail): Promise<void> {
    await this.transport.sendMail({ from: this.from, ...mail });
  }

  async close(): Promise<void> {
    this.transport.close();
  }
}
