import { type AddressInfo } from "node:net";
import { type ParsedMail, simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

export interface TestSmtpServer {
  /** smtp://127.0.0.1:<port>, for SMTP_URL. */
  url: string;
  /** How many of the next e-mails to refuse with a temporary error (451), as a busy server would. */
  refuseNext(count: number): void;
  close(): Promise<void>;
}

/**
 * A real SMTP server on a port of the system's choosing, for tests of the e-mail the notifier sends:
 * each e-mail it accepts is parsed and handed to `onMail`.
 */
export async function startTestSmtpServer(onMail: (mail: ParsedMail) => void): Promise<TestSmtpServer> {
  let refusals = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, _session, done) {
      simpleParser(stream).then(
        (mail) => {
          if (refusals > 0) {
            refusals -= 1;
            return done(Object.assign(new Error("mailbox busy, try later"), { responseCode: 451 }));
          }
          onMail(mail);
          done();
        },
        (error: Error) => done(error),
      );
    },
  });
  const port = await new Promise<number>((listening) =>
    server.listen(0, "127.0.0.1", () => listening((server.server.address() as AddressInfo).port)),
  );
  return {
    url: `smtp://127.0.0.1:${port}`,
    refuseNext: (count) => (refusals = count),
    close: () => new Promise((closed) => server.close(() => closed())),
  };
}
