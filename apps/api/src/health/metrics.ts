import { type Registry } from "@momentum/domain";

/** Prometheus text exposition of the API's registry (the relay's outbox series included). */
export async function metricsResponse(registry: Registry): Promise<Response> {
  return new Response(await registry.metrics(), { headers: { "content-type": registry.contentType } });
}
