import {
  CSV_BOM,
  csvLine,
  DomainError,
  DomainErrorCode,
  getReportTable,
  mayReadReports,
  type ReportFilterInput,
  type ReportTable,
  reportTableNameSchema,
} from "@momentum/domain";
import { type ApiDependencies } from "../dependencies";
import { createTrpcContext } from "../trpc/context";

/** Where the dashboard downloads a report's table: `/exports/reports/<table>.csv?from=&to=&platform=`. */
export const REPORT_CSV_PATH = /^\/exports\/reports\/([a-z-]+)\.csv$/;

const errorResponse = (status: number, code: string, message: string, fields: unknown = null) =>
  Response.json({ error: { code, message, fields } }, { status });

/** The table as a stream of CSV lines (UTF-8, with a BOM for spreadsheets), written a record at a time. */
function csvStream(table: ReportTable): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let next = -1;
  return new ReadableStream({
    pull(controller) {
      if (next === -1) controller.enqueue(encoder.encode(CSV_BOM + csvLine(table.header)));
      else if (next < table.rows.length) controller.enqueue(encoder.encode(csvLine(table.rows[next]!)));
      else controller.close();
      next += 1;
    },
  });
}

/**
 * A report table as a CSV download for the staff session's analysts and admins: the same filter, the
 * same validation and the same figures as the report's tRPC procedure. Errors are JSON with the tRPC
 * codes (401, 403, 400 naming the field, 404 for a table that does not exist).
 */
export async function handleReportCsvRequest(request: Request, deps: ApiDependencies): Promise<Response> {
  if (request.method !== "GET") return errorResponse(405, "METHOD_NOT_SUPPORTED", "Use GET");
  const url = new URL(request.url);
  const name = reportTableNameSchema.safeParse(REPORT_CSV_PATH.exec(url.pathname)?.[1]);
  if (!name.success) return errorResponse(404, "NOT_FOUND", "No such report table");

  const resHeaders = new Headers();
  const context = await createTrpcContext(request, resHeaders, deps);
  const withSession = (response: Response) => {
    resHeaders.forEach((value, header) => response.headers.append(header, value));
    return response;
  };
  if (!context.staff) return withSession(errorResponse(401, "UNAUTHORIZED", "Sign in first"));
  if (!mayReadReports(context.staff.user.role))
    return withSession(errorResponse(403, "FORBIDDEN", "Your role does not allow this"));

  const filter = {
    from: url.searchParams.get("from") ?? undefined,
    to: url.searchParams.get("to") ?? undefined,
    platform: url.searchParams.get("platform") ?? undefined,
  };
  let table: ReportTable;
  try {
    table = await getReportTable(
      name.data,
      { analytics: deps.analyticsOrm.em.fork(), main: context.em },
      // Unchecked query parameters: the report validates them as it does its tRPC input.
      filter as ReportFilterInput,
    );
  } catch (error) {
    if (error instanceof DomainError && error.code === DomainErrorCode.InvalidInput)
      return withSession(errorResponse(400, "BAD_REQUEST", error.message, error.details.fields ?? null));
    context.logger.error({ err: error, table: name.data }, "report download failed");
    return withSession(errorResponse(500, "INTERNAL_SERVER_ERROR", "Internal server error"));
  }
  const fileName = [
    name.data,
    table.header.length > 0 ? filter.from : "",
    filter.to,
    filter.platform ?? "all",
  ]
    .filter(Boolean)
    .join("_");
  return withSession(
    new Response(csvStream(table), {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="${fileName}.csv"`,
        "cache-control": "no-store",
      },
    }),
  );
}
