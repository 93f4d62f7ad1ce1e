import { type EntityManager } from "@mikro-orm/postgresql";
import { type DataExport } from "@momentum/db";
import { DomainError, DomainErrorCode, isUuid, takeDataExport } from "@momentum/domain";
import { type Logger } from "@momentum/platform";

const httpStatusOf: Partial<Record<DomainErrorCode, number>> = {
  [DomainErrorCode.Unauthenticated]: 401,
  [DomainErrorCode.Forbidden]: 403,
  [DomainErrorCode.NotFound]: 404,
};

/**
 * Hands over one data archive (see takeDataExport) as a download: JSON sent gzipped, not cached. A
 * DomainError the caller's checks throw becomes its status (401, 403, 404) with the message; anything
 * else is logged and answered 500 without internals.
 */
export async function dataArchiveResponse(
  options: { em: EntityManager; logger: Logger; now: Date; exportId: string },
  mayFetch: () => Promise<(dataExport: DataExport) => boolean>,
): Promise<Response> {
  const { em, logger, now, exportId } = options;
  try {
    const check = await mayFetch();
    if (!isUuid(exportId)) return Response.json({ error: "Data export not found" }, { status: 404 });
    const archive = await takeDataExport(em, exportId, check, now);
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
    logger.error({ err: error, exportId }, "data export download failed");
    return Response.json({ error: "Internal server error" }, { status: 500 });
  }
}
