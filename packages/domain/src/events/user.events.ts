import { z } from "zod";
import { defineEvent } from "./event-definition";

export const userEvents = {
  "user.signed_up": defineEvent({
    version: 1,
    aggregateType: "user",
    payload: z.object({ username: z.string(), timezone: z.string() }),
  }),
  /** Consumers forget everything they hold about the user. */
  "user.deleted": defineEvent({ version: 1, aggregateType: "user", payload: z.object({}) }),
};
