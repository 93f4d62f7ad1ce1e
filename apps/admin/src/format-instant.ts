const instantFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short" });

/** An instant from the API (ISO text over JSON) in the reader's own zone. */
export const formatInstant = (iso: string): string => instantFormat.format(new Date(iso));
