import { z } from "zod";
import { defineEvent } from "./event-definition";

export const achievementEvents = {
  /** The user earned an achievement of the catalogue (the aggregate); once per user and achievement. */
  "achievement.unlocked": defineEvent({
    version: 1,
    aggregateType: "achievement",
    payload: z.object({
      points: z.int().min(0),
      /** The user's calendar day of the award. */
      earnedOn: z.iso.date(),
    }),
  }),
};
