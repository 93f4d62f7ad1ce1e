import { LockMode, sql, UniqueConstraintViolationException } from "@mikro-orm/core";
import { User } from "@momentum/db";
import { conflict, notFound } from "../errors/domain-error";
import { parseInput } from "../errors/zod-fields";
import { type IdentityContext } from "../identity/identity-settings";
import { updateProfileInputSchema, type UpdateProfileInput } from "../identity/profile-input.schema";
import { forgetUserProfile, profileOf, type UserProfile } from "./user-cache";
import { realignAllDayTasks } from "../tasks/task-due";
import { userDaysOf } from "../time/user-day";
import { invalidateTaskLists } from "../tasks/task-list-cache";

const USERNAME_TAKEN = { field: "input.username", message: "is already taken" };

/**
 * Changes what was sent; a new timezone or day start moves "today" but keeps every logged day as it was
 * (stored habit state stays valid: reads evaluate on the new today, see docs/mobile-api.md "Day start").
 */
export async function updateProfile(
  context: Pick<IdentityContext, "em" | "redis">,
  userId: string,
  rawInput: UpdateProfileInput,
): Promise<UserProfile> {
  const input = parseInput(updateProfileInputSchema, rawInput, "input");
  try {
    let daysChanged = false;
    const user = await context.em.transactional(async (em) => {
      const user = await em.findOne(
        User,
        { id: userId, deletedAt: null },
        { lockMode: LockMode.PESSIMISTIC_WRITE },
      );
      if (!user) throw notFound("User");
      if (input.username !== undefined && input.username.toLowerCase() !== user.username.toLowerCase()) {
        const taken = await em.count(User, { [sql.lower("username")]: input.username.toLowerCase() });
        if (taken > 0) throw conflict("This username is already taken", [USERNAME_TAKEN]);
      }
      const daysBefore = userDaysOf(user);
      em.assign(user, input);
      const days = userDaysOf(user);
      daysChanged = days.zone !== daysBefore.zone || days.dayStartsAt !== daysBefore.dayStartsAt;
      // All-day tasks stay due on their dates: the instants their lists order them by move with the days.
      if (daysChanged) await realignAllDayTasks(em, userId, days);
      return user;
    });
    await forgetUserProfile(context.redis, userId);
    if (daysChanged) await invalidateTaskLists(context.redis, userId);
    return profileOf(user);
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) {
      throw conflict("This username is already taken", [USERNAME_TAKEN]);
    }
    throw error;
  }
}
