import "reflect-metadata";
import { request as httpRequest } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signedInMaxRequestBodyBytes } from "../config";
import { signUpTestAccount, type TestAccount } from "../testing/account-builder";
import { startTestApi, type TestApi } from "../testing/test-api";

const IMPORT_MAX_CONTENT_BYTES = 2_000_000;
let api: TestApi;
beforeAll(async () => {
  // Databases of its own: the imports it queues must not be taken up by other test files' APIs.
  api = await startTestApi({
    env: { IMPORT_MAX_CONTENT_BYTES: String(IMPORT_MAX_CONTENT_BYTES) },
    ownDatabases: "body_limit",
  });
});
afterAll(async () => api.stop());

/** Posts `chunks` with chunked transfer encoding (no Content-Length) and returns the status. */
function postChunked(
  path: string,
  chunks: Iterable<string>,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const call = httpRequest(
      `${api.url}${path}`,
      {
        method: "POST",
        headers: { "content-type": "application/json", "transfer-encoding": "chunked", ...headers },
      },
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
    expect(JSON.parse(response.body)).toMatchObject({
      errors: [{ message: expect.stringMatching(/^Request body too large: at most 100000 bytes/) }],
    });
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

/** A startImport request whose content is a Todoist CSV of about `bytes` bytes. */
const importOf = (bytes: number) => {
  const row = "task,Water the plants,,1,1\n";
  const content = "TYPE,CONTENT,DESCRIPTION,PRIORITY,INDENT\n" + row.repeat(Math.ceil(bytes / row.length));
  return JSON.stringify({
    query: `mutation($content: String!) { startImport(format: TODOIST_CSV, content: $content) { status } }`,
    variables: { content },
  });
};

const post = (body: string, accessToken?: string) =>
  fetch(`${api.url}/graphql`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      ...(accessToken ? { authorization: `Bearer ${accessToken}` } : {}),
    },
    body,
  });

describe("a signed-in request may carry an import", () => {
  let account: TestAccount;
  beforeAll(async () => {
    account = await signUpTestAccount(api);
  });

  it("accepts a 1 MB startImport with a valid access token", async () => {
    const response = await post(importOf(1_000_000), account.accessToken);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { startImport: { status: "QUEUED" } } });
  });

  it("refuses the same 1 MB body without a token with 413, saying a token allows more", async () => {
    const response = await post(importOf(1_000_000));
    expect(response.status).toBe(413);
    const limit = signedInMaxRequestBodyBytes(100_000, IMPORT_MAX_CONTENT_BYTES);
    expect(await response.json()).toEqual({
      errors: [
        {
          message: `Request body too large: at most 100000 bytes without a valid access token ('Authorization: Bearer <accessToken>' allows ${limit})`,
          extensions: { code: "BAD_USER_INPUT", maxBytes: 100_000 },
        },
      ],
    });
  });

  it("refuses it with a token that is not valid: the token is checked before the body is read", async () => {
    const response = await post(importOf(1_000_000), "not-a-token");
    expect(response.status).toBe(413);
  });

  it("refuses a chunked body past the signed-in limit, even with a valid token", async () => {
    const response = await postChunked("/graphql", fiveMegabytesOfJson(), {
      authorization: `Bearer ${account.accessToken}`,
    });
    expect(response.status).toBe(413);
    const limit = signedInMaxRequestBodyBytes(100_000, IMPORT_MAX_CONTENT_BYTES);
    expect(JSON.parse(response.body)).toMatchObject({
      errors: [
        { message: `Request body too large: at most ${limit} bytes`, extensions: { maxBytes: limit } },
      ],
    });
  });

  it("keeps the dashboard's tRPC at the anonymous limit whatever the token", async () => {
    const response = await postChunked("/trpc/overview.totals", ["[", " ".repeat(200_000), "]"], {
      authorization: `Bearer ${account.accessToken}`,
    });
    expect(response.status).toBe(413);
  });
});
