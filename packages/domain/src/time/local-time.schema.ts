import { z } from "zod";

/** A wall-clock time of day as clients send it: "HH:MM", whole minutes, 00:00 to 23:59. */
export const localTimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "must be a time HH:MM");
