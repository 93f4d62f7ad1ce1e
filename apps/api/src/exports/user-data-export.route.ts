import { fetchableByUser } from "@momentum/domain";
import { type ApiDependencies } from "../dependencies";
import { viewerOfBearer } from "../http/bearer-viewer";
import { dataArchiveResponse } from "./data-archive-response";

/** Where a user fetches a ready archive: a path on the API's own origin (what `exportStatus.url` gives). */
export const dataExportPath = (exportId: string) => `/data-exports/${exportId}`;
export const USER_DATA_EXPORT_PATH = /^\/data-exports\/([^/]+)$/;

/**
 * GET /data-exports/{id} with the user's access token: the archive as JSON (sent gzipped), once. Anything
 * but the owner's first fetch of a ready, unexpired archive is 404 (401 without a valid session).
 */
export function serveUserDataExport(request: Request, deps: ApiDependencies): Promise<Response> {
  if (request.method !== "GET") return Promise.resolve(Response.json({ error: "Use GET" }, { status: 405 }));
  const em = deps.orm.em.fork();
  const now = deps.clock.now();
  const exportId = USER_DATA_EXPORT_PATH.exec(new URL(request.url).pathname)?.[1] ?? "";
  return dataArchiveResponse({ em, logger: deps.logger, now, exportId }, async () => {
    const viewer = await viewerOfBearer(deps, em, request.headers.get("authorization"), now);
    return fetchableByUser(viewer.userId);
  });
}
