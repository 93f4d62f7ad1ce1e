import { HabitTargetType } from "@momentum/db";
import { readCsvTable, type CsvRow } from "./csv-table";
import {
  ImportPlanBuilder,
  type ImportPlan,
  type ImportedHabit,
  type ImportedHabitLog,
  UnreadableImport,
} from "./import-plan";
import { loopFrequencyOf } from "./loop-frequency";
import { readZipTextFiles, type ZipLimits } from "./zip-archive";
import { parseDayNumber } from "../time/calendar-day";

const SKIP_REASON = "Skipped in Loop Habit Tracker";
/** Loop stores a numeric habit's values in thousandths. */
const NUMERIC_SCALE = 1000;
const MAX_UNIT_LENGTH = 30;

// Loop's checkmark values: the names of its newer exports and the numbers of its older ones.
const DONE = new Set(["YES_MANUAL", "2"]);
const NOT_LOGGED = new Set(["YES_AUTO", "NO", "UNKNOWN", "1", "0", "-1", ""]);

interface LoopHabitRow {
  habit: ImportedHabit;
  numeric: boolean;
  position: string;
  name: string;
}

/**
 * Reads Loop Habit Tracker's CSV export (a zip, base64): Habits.csv gives the habits and their
 * frequencies, each habit's "NNN Name/Checkmarks.csv" (or, without it, its column of the combined
 * Checkmarks.csv) its days: a manual check is a log (a numeric habit's value in its unit), a skip a
 * skipped day; automatic checks and misses are Loop's own derivations and are not logs. A habit's key is
 * its name, so a second import of a later export finds it again.
 */
export function parseLoopCsvZip(base64: string, limits?: ZipLimits): ImportPlan {
  const files = readZipTextFiles(base64, limits);
  const habitsPath = [...files.keys()].find((path) => /(^|\/)Habits\.csv$/.test(path));
  if (!habitsPath) throw new UnreadableImport("not a Loop Habit Tracker export: Habits.csv is missing");
  const root = habitsPath.slice(0, -"Habits.csv".length);
  const plan = new ImportPlanBuilder();
  const habits: LoopHabitRow[] = [];
  for (const row of readCsvTable(files.get(habitsPath)!).rows) {
    const habit = habitOf(row, plan);
    if (habit) habits.push(habit);
  }
  const combined = files.get(`${root}Checkmarks.csv`);
  const combinedTable = combined === undefined ? null : readCsvTable(combined);
  for (const loop of habits) {
    const ownPath = [...files.keys()].find(
      (path) => path.startsWith(`${root}${loop.position} `) && path.endsWith("/Checkmarks.csv"),
    );
    if (ownPath) {
      const name = ownPath.slice(root.length);
      for (const row of readCsvTable(files.get(ownPath)!).rows) {
        addLog(
          loop,
          row.cells.Date ?? "",
          row.cells.Value ?? "",
          row.cells.Notes,
          `${name} line ${row.line}`,
          plan,
        );
      }
    } else if (combinedTable?.header.includes(loop.name)) {
      for (const row of combinedTable.rows) {
        addLog(
          loop,
          row.cells.Date ?? "",
          row.cells[loop.name] ?? "",
          undefined,
          `Checkmarks.csv line ${row.line}`,
          plan,
        );
      }
    }
    const dates = loop.habit.logs.map((log) => log.date).sort();
    if (dates[0]) loop.habit.input.startDate = dates[0];
    plan.add(loop.habit);
  }
  return plan.plan();
}

function habitOf({ line, cells }: CsvRow, plan: ImportPlanBuilder): LoopHabitRow | null {
  const where = `Habits.csv line ${line}`;
  const name = (cells.Name ?? "").trim();
  if (!name) {
    plan.skip(where, "a habit without a name");
    return null;
  }
  const numerator = Number(cells.FrequencyNumerator ?? cells.NumRepetitions ?? "1");
  const denominator = Number(cells.FrequencyDenominator ?? cells.Interval ?? "1");
  const frequency = loopFrequencyOf(numerator, denominator);
  if (!frequency) {
    plan.skip(where, `unknown frequency ${numerator}/${denominator}`);
    return null;
  }
  if (frequency.approximated) plan.warn(where, frequency.approximated);
  const numeric = (cells.Type ?? "").trim().toUpperCase() === "NUMERICAL";
  const config = { ...frequency.config };
  // Loop's target is per its interval, as targetValue is per day or period.
  const target: { targetValue?: number; unit?: string; targetType?: HabitTargetType } = {};
  if (numeric) {
    const value = Number(cells["Target Value"]);
    if (value > 0) target.targetValue = value;
    const unit = (cells.Unit ?? "").trim();
    if (unit.length > MAX_UNIT_LENGTH)
      plan.warn(where, `unit "${unit}" is longer than ${MAX_UNIT_LENGTH} characters; left out`);
    else if (unit) target.unit = unit;
    if ((cells["Target Type"] ?? "").trim().toUpperCase() === "AT_MOST") {
      if (value > 0) target.targetType = HabitTargetType.AtMost;
      else plan.warn(where, `"${name}" has an at-most target without a value; imported as a yes/no habit`);
    }
  }
  const description = [cells.Question, cells.Description]
    .map((text) => (text ?? "").trim())
    .filter(Boolean)
    .join("\n\n");
  return {
    numeric,
    name,
    position: (cells.Position ?? "").trim(),
    habit: {
      kind: "habit",
      key: `loop:habit:${name.toLowerCase()}`,
      where,
      input: {
        title: name,
        description: description || null,
        frequencyType: frequency.type,
        frequencyConfig: config,
        ...target,
      },
      logs: [],
      archived: (cells["Archived?"] ?? "").trim().toLowerCase() === "true",
    },
  };
}

/** What one checkmark cell means: a log, a skipped day, nothing (Loop's own derivations), or unknown. */
function logOf(
  loop: LoopHabitRow,
  value: string,
  notes: string | null,
): Omit<ImportedHabitLog, "date"> | "none" | null {
  if (value === "SKIP" || (!loop.numeric && value === "3")) return { skipReason: SKIP_REASON };
  if (loop.numeric && /^-?\d+(\.\d+)?$/.test(value)) {
    const amount = Number(value);
    return amount > 0 ? { value: amount / NUMERIC_SCALE, notes } : "none";
  }
  if (!loop.numeric && DONE.has(value)) return { notes };
  return NOT_LOGGED.has(value) ? "none" : null;
}

function addLog(
  loop: LoopHabitRow,
  date: string,
  rawValue: string,
  rawNotes: string | undefined,
  where: string,
  plan: ImportPlanBuilder,
): void {
  const log = logOf(loop, rawValue.trim().toUpperCase(), rawNotes?.trim() || null);
  if (log === "none") return;
  if (!log) return plan.skip(where, `unknown value "${rawValue.trim()}" for "${loop.name}"`);
  const day = date.trim();
  if (parseDayNumber(day) === null) return plan.skip(where, `unknown date "${date}"`);
  loop.habit.logs.push({ date: day, ...log });
}
