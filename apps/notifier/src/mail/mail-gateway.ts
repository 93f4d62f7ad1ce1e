export interface Mail {
  to: string;
  subject: string;
  text: string;
  html: string;
}

/** Sends one e-mail; throws when it could not be handed over, so the message is tried again later. */
export interface MailGateway {
  /** Recorded in email_deliveries.gateway. */
  readonly name: string;
  send(mail: Mail): Promise<void>;
  close(): Promise<void>;
}
