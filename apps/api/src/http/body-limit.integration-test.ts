import "reflect-metadata";
import { request as httpRequest } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "../testing/test-api";

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => api.stop());

/** Posts `chunks` with chunked transfer encoding (no Content-Length) and returns the status. */
function postChunked(path: string, chunks: Iterable<string>): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const call = httpRequest(
      `${api.url}${path}`,
      { method: "POST", headers: { "content-type": "application/json", "transfer-encoding": "chunked" } },
      (response) => {
        let body = "";
        response.on("data", (chunk: Buffer) => (body += chunk.toString()));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, body }));
      },
    );
    // The server may answer and close before the whole body is sent: that is the point.
    call.on("error", reject);
    const send = async () => {
      for (const chunk of chunks) {
        if (call.destroyed) return;
        if (!call.write(chunk)) await new Promise((drained) => call.once("drain", drained));
      }
      call.end();
    };
    send().catch(reject);
  });
}

function* fiveMegabytesOfJson(): Iterable<string> {
  yield '{"query":"{ __typename }","variables":{"padding":"';
  for (let sent = 0; sent < 5_000_000; sent += 50_000) yield "x".repeat(50_000);
  yield '"}}';
}

describe("request bodies are counted while they are read", () => {
  it("refuses a chunked 5 MB body on /graphql with 413 before parsing it", async () => {
    const response = await postChunked("/graphql", fiveMegabytesOfJson());
    expect(response.status).toBe(413);
    expect(JSON.parse(response.body)).toMatchObject({ errors: [{ message: "Request body too large" }] });
  });

  it("refuses a chunked 5 MB body on /trpc with 413", async () => {
    expect((await postChunked("/trpc/overview.totals", fiveMegabytesOfJson())).status).toBe(413);
  });

  it("still serves a chunked body under the limit", async () => {
    const response = await postChunked("/graphql", ['{"query":', '"{ __typename }"}']);
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toEqual({ data: { __typename: "Query" } });
  });

  it("does not parse multipart bodies: no operation takes a file", async () => {
    const form = new FormData();
    form.set("operations", JSON.stringify({ query: "{ __typename }" }));
    form.set("map", "{}");
    const response = await fetch(`${api.url}/graphql`, { method: "POST", body: form });
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(await response.text()).not.toContain('"__typename"');
  });
});
