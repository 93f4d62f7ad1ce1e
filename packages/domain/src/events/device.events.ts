import { DevicePlatform } from "@momentum/db";
import { z } from "zod";
import { defineEvent } from "./event-definition";

export const deviceEvents = {
  /** A push token registered (or registered again): where the user runs the app, for analytics. */
  "device.registered": defineEvent({
    version: 1,
    aggregateType: "device",
    payload: z.object({ platform: z.enum(DevicePlatform) }),
  }),
};
