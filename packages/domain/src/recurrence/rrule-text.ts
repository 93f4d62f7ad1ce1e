import { RRule, type Options } from "rrule";
import { wallClockOf } from "./wall-clock";

const list = (item: string) => new RegExp(`^${item}(,${item})*$`);
const signedNumber = "[+-]?\\d{1,3}";
const weekday = "(MO|TU|WE|TH|FR|SA|SU)";

/** The RRULE parts we accept, each with its value syntax and range; rrule itself accepts nonsense silently. */
const partRules: Record<string, { syntax: RegExp; range?: [number, number]; nonZero?: boolean }> = {
  // MINUTELY and SECONDLY are refused: a task series is not a stopwatch.
  FREQ: { syntax: /^(YEARLY|MONTHLY|WEEKLY|DAILY|HOURLY)$/ },
  INTERVAL: { syntax: /^\d{1,4}$/, range: [1, 1000] },
  COUNT: { syntax: /^\d{1,4}$/, range: [1, 1000] },
  UNTIL: { syntax: /^\d{8}(T\d{6}Z?)?$/ },
  BYDAY: { syntax: list(`([+-]?\\d{1,2})?${weekday}`) },
  BYMONTHDAY: { syntax: list(signedNumber), range: [-31, 31], nonZero: true },
  BYMONTH: { syntax: list("\\d{1,2}"), range: [1, 12] },
  BYYEARDAY: { syntax: list(signedNumber), range: [-366, 366], nonZero: true },
  BYWEEKNO: { syntax: list(signedNumber), range: [-53, 53], nonZero: true },
  BYSETPOS: { syntax: list(signedNumber), range: [-366, 366], nonZero: true },
  BYHOUR: { syntax: list("\\d{1,2}"), range: [0, 23] },
  BYMINUTE: { syntax: list("\\d{1,2}"), range: [0, 59] },
  BYSECOND: { syntax: list("\\d{1,2}"), range: [0, 59] },
  WKST: { syntax: new RegExp(`^${weekday}$`) },
};

/** Upper case, without an `RRULE:` prefix or spaces: the form we store. */
export const normaliseRrule = (text: string): string =>
  text
    .trim()
    .replace(/^RRULE:/i, "")
    .replace(/\s+/g, "")
    .toUpperCase();

function partsOf(rrule: string): [string, string][] {
  return rrule.split(";").map((part) => {
    const [name = "", value = ""] = part.split("=", 2);
    return [name, value];
  });
}

/** Why a normalised RRULE cannot be used, or null when it can. */
export function rruleProblem(rrule: string): string | null {
  const seen = new Set<string>();
  for (const [name, value] of partsOf(rrule)) {
    const rule = partRules[name];
    if (!rule)
      return `${name || "an empty part"} is not a supported RRULE part (DTSTART is the task's due date)`;
    if (seen.has(name)) return `${name} appears twice`;
    seen.add(name);
    if (!rule.syntax.test(value)) return `${name}=${value} is not valid`;
    const numbers = value.split(",").map((item) => Number.parseInt(item.replace(/[A-Z]+$/, ""), 10));
    if (
      rule.range &&
      numbers.some((n) => n < rule.range![0] || n > rule.range![1] || (rule.nonZero && n === 0))
    ) {
      return `${name} must be within ${rule.range[0]}..${rule.range[1]}${rule.nonZero ? " and not 0" : ""}`;
    }
  }
  if (!seen.has("FREQ")) return "FREQ is required (YEARLY, MONTHLY, WEEKLY, DAILY or HOURLY)";
  if (seen.has("COUNT") && seen.has("UNTIL")) return "COUNT and UNTIL cannot both be given";
  return null;
}

/**
 * rrule options for a valid normalised RRULE, in floating time of `zone`: a UTC UNTIL becomes that
 * instant's wall clock there, and a date-only UNTIL includes the whole day (RFC 5545).
 */
export function floatingRuleOptions(rrule: string, zone: string): Partial<Options> {
  const options = RRule.parseString(rrule);
  const until = partsOf(rrule).find(([name]) => name === "UNTIL")?.[1];
  if (until && options.until) {
    if (until.endsWith("Z")) options.until = wallClockOf(options.until, zone);
    else if (until.length === 8) options.until = new Date(options.until.getTime() + 24 * 60 * 60 * 1000 - 1);
  }
  return options;
}
