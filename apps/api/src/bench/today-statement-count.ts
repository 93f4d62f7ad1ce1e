import { loadApiConfig } from "../config";
import { startTestApi } from "../testing/test-api";
import { startRawTodayServer } from "./raw-today-server";
import { FIRST_PAGE_QUERY, fetchJson, TODAY_QUERY } from "./read-path-queries";
import { startStatementCountingProxy } from "./statement-counting-proxy";

/**
 * Statements per today query (and per first task page), counted on the wire: an in-process API and raw server whose pools go
 * through the counting proxy, one request at a time after a warm-up, minus what the idle API sends.
 */
export async function countTodayStatements(
  env: Record<string, string>,
  databases: { mainUrl: string; analyticsUrl: string },
  tokens: Record<string, string>,
  into: [string, string, string, string][],
) {
  const server = new URL(databases.mainUrl);
  const proxy = await startStatementCountingProxy({
    host: server.hostname,
    port: Number(server.port || 5432),
  });
  const proxiedEnv = {
    ...env,
    DATABASE_URL: proxy.urlFor(databases.mainUrl),
    ANALYTICS_DATABASE_URL: proxy.urlFor(databases.analyticsUrl),
  };
  const api = await startTestApi({ env: proxiedEnv });
  const config = loadApiConfig({ ...process.env, ...proxiedEnv });
  const raw = await startRawTodayServer({
    databaseUrl: config.databaseUrl,
    analyticsDatabaseUrl: config.analyticsDatabaseUrl,
    accessTokens: config.accessTokens,
  });
  try {
    const perRequest = async (send: () => Promise<unknown>) => {
      for (let i = 0; i < 3; i++) await send();
      const requests = 20;
      const before = proxy.statements();
      const startedAt = Date.now();
      for (let i = 0; i < requests; i++) await send();
      const during = proxy.statements() - before;
      const idleBefore = proxy.statements();
      await new Promise((idle) => setTimeout(idle, Date.now() - startedAt));
      return (during - (proxy.statements() - idleBefore)) / requests;
    };
    const today = { query: TODAY_QUERY };
    const counts = [];
    for (const key of ["base", "heavy"]) {
      counts.push([
        await perRequest(() => fetchJson(`${api.url}/graphql`, today, tokens[key]!)),
        await perRequest(() => fetchJson(raw.url, today, tokens[key]!)),
      ]);
    }
    const [base, heavy] = counts as [[number, number], [number, number]];
    into.push(["SQL statements per today query, base user", String(base[0]), String(base[1]), "target ≤ 10"]);
    into.push([
      "SQL statements per today query, 10x data",
      String(heavy[0]),
      String(heavy[1]),
      "target: the same",
    ]);
    const page = { query: FIRST_PAGE_QUERY };
    const [page100, page100k] = [
      await perRequest(() => fetchJson(`${api.url}/graphql`, page, tokens.hundred!)),
      await perRequest(() => fetchJson(`${api.url}/graphql`, page, tokens.hundredThousand!)),
    ];
    into.push([
      "SQL statements per first page of tasks (no filter), 100 → 100,000 tasks",
      `${page100} → ${page100k}`,
      "",
      "1 (the page's rows by id) once the lists are cached",
    ]);
  } finally {
    await raw.stop();
    await api.stop();
    await proxy.close();
  }
}
