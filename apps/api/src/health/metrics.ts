import { register } from "prom-client";

/** Prometheus text exposition of the process-wide registry. */
export async function metricsResponse(): Promise<Response> {
  return new Response(await register.metrics(), { headers: { "content-type": register.contentType } });
}
