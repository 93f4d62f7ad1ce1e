import { UniqueConstraintViolationException } from "@mikro-orm/core";
import { User } from "@momentum/db";
import { conflict, type FieldError } from "../errors/domain-error";
import { parseInput } from "../errors/zod-fields";
import { transactionalWithReactions } from "../events/domain-reactions";
import { recordEvent } from "../events/outbox";
import { signUpInputSchema, type SignUpInput } from "./account-input.schema";
import { type AuthResult } from "./auth-result";
import { openDeviceSession } from "./device-session";
import { type ClientInfo, type IdentityContext } from "./identity-settings";
import { hashPassword } from "./password";

/** Creates an account and signs its first device in; the `user.signed_up` event commits with it. */
export async function signUp(
  context: IdentityContext,
  rawInput: SignUpInput,
  client: ClientInfo,
  now = new Date(),
): Promise<AuthResult> {
  const input = parseInput(signUpInputSchema, rawInput, "input");
  await assertAccountIsNew(context, input.email, input.username);
  const passwordHash = await hashPassword(input.password, context.bcryptCost);

  try {
    return await transactionalWithReactions(context.em, async (em) => {
      const user = em.create(User, {
        email: input.email,
        passwordHash,
        fullName: input.fullName,
        username: input.username,
        timezone: input.timezone,
        lastLoginAt: now,
      });
      recordEvent(em, {
        type: "user.signed_up",
        userId: user.id,
        aggregateId: user.id,
        payload: { username: user.username, timezone: user.timezone },
      });
      return openDeviceSession(
        { ...context, em },
        user,
        { ...client, deviceId: input.deviceId ?? client.deviceId },
        now,
      );
    });
  } catch (error) {
    // Two sign-ups racing for the same name: the unique indexes decide.
    if (error instanceof UniqueConstraintViolationException) {
      await assertAccountIsNew(context, input.email, input.username);
      throw conflict("An account with this e-mail or username already exists");
    }
    throw error;
  }
}

async function assertAccountIsNew(context: IdentityContext, email: string, username: string): Promise<void> {
  const taken = await context.em.execute<{ email_taken: boolean; username_taken: boolean }[]>(
    `select exists(select 1 from users where lower(email) = lower(?)) as email_taken,
            exists(select 1 from users where lower(username) = lower(?)) as username_taken`,
    [email, username],
  );
  const fields: FieldError[] = [];
  if (taken[0]?.email_taken) fields.push({ field: "input.email", message: "is already registered" });
  if (taken[0]?.username_taken) fields.push({ field: "input.username", message: "is already taken" });
  if (fields.length > 0) throw conflict("An account with this e-mail or username already exists", fields);
}
