import { type EntityManager } from "@mikro-orm/postgresql";
import { User } from "@momentum/db";

/** A stored user with unique names, for tests that need an owner and nothing else about them. */
export async function insertTestUser(
  em: EntityManager,
  fields: Partial<Pick<User, "timezone">> = {},
): Promise<User> {
  const suffix = Math.random().toString(36).slice(2, 10);
  const user = em.create(User, {
    email: `user-${suffix}@example.com`,
    passwordHash: "not a bcrypt hash: nobody signs in as this user",
    fullName: "Test User",
    username: `user_${suffix}`,
    timezone: fields.timezone ?? "Europe/Berlin",
  });
  await em.flush();
  return user;
}
