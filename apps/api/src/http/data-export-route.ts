import { DomainError, DomainErrorCode, fetchableByUser, isUuid, takeDataExport } from "@momentum/domain";
import { type ApiDependencies } from "../dependencies";
import { viewerOfBearer } from "./bearer-viewer";

/** Where a user fetches a ready archive: a path on the API's own origin (what `exportStatus.url` gives). */
export const dataExportPath = (exportId: string) => `/data-exports/${exportId}`;
const dataExportPattern = /^\/data-exports\/([^/]+)$/;

const httpStatusOf: Partial<Record<DomainErrorCode, number>> = {
  [DomainErrorCode.Unauthenticated]: 401,
  [DomainErrorCode.Forbidden]: 403,
  [DomainErrorCode.NotFound]: 404,
};

/** Whether `pathname` is a data-export download. */
export const isDataExportPath = (pathname: string) => dataExportPattern.test(pathname);

/**
 * GET /data-exports/{id} with the user's access token: the archive as JSON (sent gzipped), once. Anything
 * but the owner's first fetch of a ready, unexpired archive is 404 (401 without a valid session).
 */
export async function serveDataExport(request: Request, deps: ApiDependencies): Promise<Response> {
  if (request.method !== "GET") return Response.json({ error: "Method not allowed" }, { status: 405 });
  const exportId = dataExportPattern.exec(new URL(request.url).pathname)?.[1] ?? "";
  const now = deps.clock.now();
  try {
    const em = deps.orm.em.fork();
    const viewer = await viewerOfBearer(deps, em, request.headers.get("authorization"), now);
    if (!isUuid(exportId)) return Response.json({ error: "Data export not found" }, { status: 404 });
    const archive = await takeDataExport(em, exportId, fetchableByUser(viewer.userId), now);
    return new Response(new Uint8Array(archive), {
      status: 200,
      headers: {
        "content-type": "application/json; charset=utf-8",
        "content-encoding": "gzip",
        "content-disposition": `attachment; filename="momentum-export-${now.toISOString().slice(0, 10)}.json"`,
        "cache-control": "no-store",
      },
    });
  } catch (error) {
    const status = error instanceof DomainError ? httpStatusOf[error.code] : undefined;
    if (status) return Response.json({ error: (error as DomainError).message }, { status });
    deps.logger.error({ err: error, exportId }, "data export download failed");
    return Response.json({ error: "Internal server error" }, { status: 500 });
  }
}
