import "reflect-metadata";
import { afterEach, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "../testing/test-api";

let api: TestApi | undefined;
afterEach(async () => {
  await api?.stop();
  api = undefined;
});

async function post(target: TestApi, body: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${target.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body,
  });
  return { status: response.status, text: await response.text() };
}

describe("the GraphQL endpoint refuses abuse before any resolver runs", () => {
  it("refuses a deeply nested query", async () => {
    api = await startTestApi();
    let nested = "id";
    for (let level = 0; level < 12; level++) nested = `parentTask { ${nested} }`;
    const response = await api.graphql(`{ task(id: "00000000-0000-4000-8000-000000000000") { ${nested} } }`);
    expect(response.errors?.[0]?.extensions.code).toBe("BAD_USER_INPUT");
    expect(response.errors?.[0]?.message).toMatch(/depth/i);
  });

  it("refuses too many aliases and too many tokens", async () => {
    api = await startTestApi();
    const aliases = Array.from({ length: 20 }, (_, index) => `m${index}: me { id }`).join(" ");
    expect((await api.graphql(`{ ${aliases} }`)).errors?.[0]?.message).toMatch(/alias/i);
    const tokens = Array.from({ length: 1100 }, () => "id").join(" ");
    expect((await api.graphql(`{ me { ${tokens} } }`)).errors?.[0]?.message).toMatch(/token/i);
  });

  it("refuses batched array requests and oversized bodies", async () => {
    api = await startTestApi();
    const batch = await post(api, JSON.stringify([{ query: "{ me { id } }" }, { query: "{ me { id } }" }]));
    expect(batch.status).toBeGreaterThanOrEqual(400);
    const huge = await post(
      api,
      JSON.stringify({ query: `{ me { id } }`, variables: { padding: "x".repeat(200_000) } }),
    );
    expect(huge.status).toBe(413);
  });

  it("in production hides the schema and the limits, and masks unexpected errors", async () => {
    api = await startTestApi({
      env: {
        NODE_ENV: "production",
        JWT_SECRET: "p".repeat(48),
        REFRESH_TOKEN_KEY: "q".repeat(48),
        DASHBOARD_PROXY_SECRET: "s".repeat(48),
      },
    });
    const introspection = await api.graphql(`{ __schema { types { name } } }`);
    expect(introspection.errors?.[0]?.extensions.code).toBe("BAD_USER_INPUT");
    const suggestion = await api.graphql(`{ mee { id } }`);
    expect(suggestion.errors?.[0]?.message).not.toMatch(/Did you mean/);
    let nested = "id";
    for (let level = 0; level < 12; level++) nested = `parentTask { ${nested} }`;
    const deep = await api.graphql(`{ task(id: "00000000-0000-4000-8000-000000000000") { ${nested} } }`);
    expect(deep.errors?.[0]?.message).not.toMatch(/\d/);
  });
});
