import { ImportJobFormat } from "@momentum/db";
import { type ImportPlan } from "./import-plan";
import { parseLoopCsvZip } from "./loop-csv-zip.parser";
import { parseMomentumJson } from "./momentum-json.parser";
import { parseTodoistCsv } from "./todoist-csv.parser";

/** The plan for a file of a format; throws UnreadableImport for a file that cannot be read at all. */
export function parseImport(
  format: ImportJobFormat,
  content: string,
  user: { timezone: string },
): ImportPlan {
  switch (format) {
    case ImportJobFormat.MomentumJson:
      return parseMomentumJson(content);
    case ImportJobFormat.TodoistCsv:
      return parseTodoistCsv(content, { zone: user.timezone });
    case ImportJobFormat.LoopCsvZip:
      return parseLoopCsvZip(content);
  }
}
