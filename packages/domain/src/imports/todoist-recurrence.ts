// Todoist's recurring dates are English text ("every day", "every 2 weeks", "every mon, fri"). The common
// forms map to an RRULE; anything else is reported and the task is imported without recurrence.

const weekdays: Record<string, string> = {
  mon: "MO",
  monday: "MO",
  tue: "TU",
  tues: "TU",
  tuesday: "TU",
  wed: "WE",
  wednesday: "WE",
  thu: "TH",
  thur: "TH",
  thurs: "TH",
  thursday: "TH",
  fri: "FR",
  friday: "FR",
  sat: "SA",
  saturday: "SA",
  sun: "SU",
  sunday: "SU",
};

const units: Record<string, string> = {
  day: "DAILY",
  days: "DAILY",
  week: "WEEKLY",
  weeks: "WEEKLY",
  month: "MONTHLY",
  months: "MONTHLY",
  year: "YEARLY",
  years: "YEARLY",
  hour: "HOURLY",
  hours: "HOURLY",
};

const adverbs: Record<string, string> = {
  daily: "FREQ=DAILY",
  weekly: "FREQ=WEEKLY",
  monthly: "FREQ=MONTHLY",
  yearly: "FREQ=YEARLY",
  annually: "FREQ=YEARLY",
  hourly: "FREQ=HOURLY",
  "every weekday": "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR",
  "every workday": "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR",
  "every weekend": "FREQ=WEEKLY;BYDAY=SA,SU",
};

export interface TodoistRecurrence {
  rrule: string;
  /** `every!` and `after`: Todoist counts from the completion; the rule is kept, counted from the due date. */
  fromCompletion: boolean;
}

/** Whether the text is a recurring date at all (so a failed mapping is reported, not read as a date). */
export const isRecurringDateText = (text: string): boolean =>
  /^(every|every!|daily|weekly|monthly|yearly|annually|hourly)\b/i.test(text.trim());

/** The RRULE for a Todoist recurring date, or null when it does not map. */
export function todoistRecurrenceOf(text: string): TodoistRecurrence | null {
  let phrase = text.trim().toLowerCase().replace(/\s+/g, " ");
  const fromCompletion = phrase.startsWith("every!") || phrase.startsWith("after ");
  phrase = phrase.replace(/^every!/, "every").replace(/^after /, "every ");
  const known = adverbs[phrase];
  if (known) return { rrule: known, fromCompletion };

  const interval = /^every (?:(\d{1,3}|other) )?([a-z]+)$/.exec(phrase);
  if (interval) {
    const [, count, unit = ""] = interval;
    const frequency = units[unit];
    const n = count === "other" ? 2 : count ? Number(count) : 1;
    if (frequency && n >= 1)
      return { rrule: `FREQ=${frequency}${n > 1 ? `;INTERVAL=${n}` : ""}`, fromCompletion };
  }

  const days = /^every ([a-z, ]+)$/.exec(phrase);
  if (days) {
    const names = days[1]!
      .split(/,| and /)
      .map((name) => name.trim())
      .filter((name) => name !== "");
    const codes = names.map((name) => weekdays[name]);
    if (codes.length > 0 && codes.every((code) => code !== undefined)) {
      return { rrule: `FREQ=WEEKLY;BYDAY=${[...new Set(codes)].join(",")}`, fromCompletion };
    }
  }
  return null;
}
