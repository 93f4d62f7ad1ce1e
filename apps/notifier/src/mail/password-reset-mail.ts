import { type Mail } from "./mail-gateway";

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

/** The reset link: the configured page or deep link with the token as its `token` parameter. */
export function passwordResetLinkOf(passwordResetUrl: string, token: string): string {
  const link = new URL(passwordResetUrl);
  link.searchParams.set("token", token);
  return link.toString();
}

export const passwordResetSubject = "Reset your Momentum password";

/** The words of the reset e-mail: whom it is for, the link, how long it works, and what to do if unasked. */
export function passwordResetMailOf(recipient: { email: string; fullName: string }, link: string): Mail {
  const greeting = `Hello ${recipient.fullName},`;
  const lines = [
    "someone (we hope you) asked to reset the password of your Momentum account.",
    "Open this link within an hour to choose a new one; it works once:",
  ];
  const unasked =
    "If you did not ask, ignore this e-mail: your password stays as it is, and nobody can use the link without access to your inbox.";
  return {
    to: recipient.email,
    subject: passwordResetSubject,
    text: [greeting, "", ...lines, "", link, "", unasked].join("\n"),
    html: [
      `<p>${escapeHtml(greeting)}</p>`,
      `<p>${lines.map(escapeHtml).join("<br>")}</p>`,
      `<p><a href="${escapeHtml(link)}">Choose a new password</a></p>`,
      `<p>${escapeHtml(unasked)}</p>`,
    ].join("\n"),
  };
}
