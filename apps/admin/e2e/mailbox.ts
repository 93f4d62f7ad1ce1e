import { appendFileSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { type AddressInfo } from "node:net";
import { join, resolve } from "node:path";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

/** Where the run's SMTP server writes what it receives, one JSON line a mail: specs read it from there. */
const mailboxFile = join(resolve(__dirname, ".."), "test-results", "e2e-mailbox.jsonl");

export interface ReceivedMail {
  to: string;
  subject: string;
  text: string;
}

/** A real SMTP server on a port of the system's choosing, for the notifier the e2e run starts. */
export async function startMailbox(): Promise<{ smtpUrl: string; close(): Promise<void> }> {
  writeFileSync(mailboxFile, "");
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, _session, done) {
      simpleParser(stream).then(
        (mail) => {
          const received: ReceivedMail = {
            to: mail.to ? JSON.stringify(mail.to) : "",
            subject: mail.subject ?? "",
            text: mail.text ?? "",
          };
          appendFileSync(mailboxFile, `${JSON.stringify(received)}\n`);
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
    smtpUrl: `smtp://127.0.0.1:${port}`,
    close: () => new Promise((closed) => server.close(() => closed())),
  };
}

/** The mails received so far that were sent to `address`. */
export function mailsTo(address: string): ReceivedMail[] {
  if (!existsSync(mailboxFile)) return [];
  return readFileSync(mailboxFile, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as ReceivedMail)
    .filter((mail) => mail.to.includes(address));
}
