import { z } from "zod";
import { defineEvent } from "./event-definition";

export const focusEvents = {
  /** A focus session the user logged; its aggregate is the session itself. */
  "focus.logged": defineEvent({
    version: 1,
    aggregateType: "focus_session",
    payload: z.object({
      minutes: z.int().min(1).max(720),
      taskId: z.uuid().nullable(),
      /** The user's calendar day the minutes count for. */
      loggedOn: z.iso.date(),
    }),
  }),
};
