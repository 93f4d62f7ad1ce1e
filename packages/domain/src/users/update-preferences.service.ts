import { LockMode } from "@mikro-orm/core";
import { User } from "@momentum/db";
import { type z } from "zod";
import { notFound } from "../errors/domain-error";
import { parseInput } from "../errors/zod-fields";
import { type IdentityContext } from "../identity/identity-settings";
import {
  notificationPreferencesSchema,
  readNotificationPreferences,
  readUserSettings,
  userSettingsSchema,
} from "../identity/user-settings.schema";
import { rebuildUserHabitStates } from "../habits/rebuild-habit-states";
import { forgetUserProfile, profileOf, type UserProfile } from "./user-cache";

interface PreferenceDocument {
  column: "settings" | "notificationPreferences";
  schema: z.ZodType<Record<string, unknown>>;
  read: (stored: unknown) => Record<string, unknown>;
  /** The argument's name, which prefixes the fields of validation errors. */
  field: string;
}

/**
 * Merges a partial change into a JSON preference document and validates the result as a whole, so
 * the stored document always fits its schema: defaults filled in, unknown keys refused.
 */
async function updatePreferences(
  context: Pick<IdentityContext, "em" | "redis">,
  userId: string,
  document: PreferenceDocument,
  change: Record<string, unknown>,
): Promise<UserProfile> {
  const user = await context.em.transactional(async (em) => {
    const user = await em.findOne(
      User,
      { id: userId, deletedAt: null },
      { lockMode: LockMode.PESSIMISTIC_WRITE },
    );
    if (!user) throw notFound("User");
    const weekStartedOn = readUserSettings(user.settings).weekStartsOn;
    user[document.column] = parseInput(
      document.schema,
      { ...document.read(user[document.column]), ...change },
      document.field,
    );
    // Weekly periods start on another day now: stored streaks and checkpoints are worked out again.
    if (readUserSettings(user.settings).weekStartsOn !== weekStartedOn) {
      await em.flush();
      await rebuildUserHabitStates(em, userId, new Date());
    }
    return user;
  });
  await forgetUserProfile(context.redis, userId);
  return profileOf(user);
}

const settingsDocument: PreferenceDocument = {
  column: "settings",
  schema: userSettingsSchema,
  read: readUserSettings,
  field: "settings",
};

const notificationsDocument: PreferenceDocument = {
  column: "notificationPreferences",
  schema: notificationPreferencesSchema,
  read: readNotificationPreferences,
  field: "preferences",
};

export const updateSettings = (
  context: Pick<IdentityContext, "em" | "redis">,
  userId: string,
  change: Record<string, unknown>,
) => updatePreferences(context, userId, settingsDocument, change);

export const updateNotificationPreferences = (
  context: Pick<IdentityContext, "em" | "redis">,
  userId: string,
  change: Record<string, unknown>,
) => updatePreferences(context, userId, notificationsDocument, change);
