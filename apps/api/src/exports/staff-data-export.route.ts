import { fetchableByStaff, forbidden, staffMay, unauthenticated } from "@momentum/domain";
import { type ApiDependencies } from "../dependencies";
import { createTrpcContext } from "../trpc/context";
import { dataArchiveResponse } from "./data-archive-response";

/** Where the dashboard downloads an archive staff asked for: `/exports/data/<id>.json` (through its proxy). */
export const staffDataExportPath = (exportId: string) => `/exports/data/${exportId}.json`;
export const STAFF_DATA_EXPORT_PATH = /^\/exports\/data\/([^/]+)\.json$/;

/**
 * GET /exports/data/{id}.json on the staff session of a role that may export users' data: the archive
 * staff asked for, once (then it is deleted). 401 without a session, 403 for other roles, 404 for an
 * archive the user asked for, one already fetched or expired.
 */
export async function serveStaffDataExport(request: Request, deps: ApiDependencies): Promise<Response> {
  if (request.method !== "GET") return Response.json({ error: "Use GET" }, { status: 405 });
  const resHeaders = new Headers();
  const context = await createTrpcContext(request, resHeaders, deps);
  const exportId = STAFF_DATA_EXPORT_PATH.exec(new URL(request.url).pathname)?.[1] ?? "";
  const response = await dataArchiveResponse(
    { em: context.em, logger: context.logger, now: context.now, exportId },
    async () => {
      if (!context.staff) throw unauthenticated("Sign in first");
      if (!staffMay(context.staff.user.role, "exportData")) throw forbidden("Your role does not allow this");
      return fetchableByStaff;
    },
  );
  resHeaders.forEach((value, header) => response.headers.append(header, value));
  return response;
}
