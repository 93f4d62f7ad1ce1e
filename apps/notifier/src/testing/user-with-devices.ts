import { randomUUID } from "node:crypto";
import { type MikroORM } from "@mikro-orm/postgresql";
import { Device, DevicePlatform, User } from "@momentum/db";

/** A flushed user with one device per token prefix (tokens get a unique suffix); returns the user id. */
export async function userWithDevices(
  orm: MikroORM,
  tokens: string[],
  platform: DevicePlatform = DevicePlatform.Android,
): Promise<string> {
  const em = orm.em.fork();
  const name = randomUUID().slice(0, 12);
  const user = em.create(User, {
    email: `${name}@example.test`,
    passwordHash: "not-used",
    fullName: "Ada Lovelace",
    username: name,
    timezone: "Europe/Berlin",
  });
  for (const token of tokens) em.create(Device, { user, token: `${token}-${randomUUID()}`, platform });
  await em.flush();
  return user.id;
}
