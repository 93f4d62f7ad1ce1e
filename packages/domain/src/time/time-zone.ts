import { IANAZone } from "luxon";
import { z } from "zod";

export const isKnownTimeZone = (zone: string): boolean => IANAZone.isValidZone(zone);

/** An IANA zone name such as Europe/Berlin; abbreviations and offsets are refused. */
export const timeZoneSchema = z
  .string()
  .trim()
  .min(1, "is required")
  .max(50)
  .refine((zone) => zone.includes("/") || zone === "UTC", {
    message: "must be an IANA zone such as Europe/Berlin",
    abort: true,
  })
  .refine(isKnownTimeZone, { message: "is not a known IANA time zone" });
