import { appendFileSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { startTestSmtpServer } from "@momentum/notifier/dist/testing/test-smtp-server";

/** Where the run's SMTP server writes what it receives, one JSON line a mail: specs read it from there. */
const mailboxFile = join(resolve(__dirname, ".."), "test-results", "e2e-mailbox.jsonl");

export interface ReceivedMail {
  to: string;
  subject: string;
  text: string;
}

/** A real SMTP server for the notifier the e2e run starts, writing each e-mail it receives to the file. */
export async function startMailbox(): Promise<{ smtpUrl: string; close(): Promise<void> }> {
  writeFileSync(mailboxFile, "");
  const server = await startTestSmtpServer((mail) => {
    const received: ReceivedMail = {
      to: mail.to ? JSON.stringify(mail.to) : "",
      subject: mail.subject ?? "",
      text: mail.text ?? "",
    };
    appendFileSync(mailboxFile, `${JSON.stringify(received)}\n`);
  });
  return { smtpUrl: server.url, close: () => server.close() };
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
