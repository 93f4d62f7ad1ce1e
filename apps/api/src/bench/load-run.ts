import { execFile } from "node:child_process";

export interface LoadResult {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  mean: number;
  failures: number;
}

export interface LoadRequest {
  url: string;
  connections: number;
  seconds: number;
  body?: unknown;
  token?: string;
}

/** One autocannon run in a process of its own, so the load generator never shares a core's event loop with a server. */
export function runLoad(request: LoadRequest): Promise<LoadResult> {
  const args = [
    require.resolve("autocannon/autocannon.js"),
    "--json",
    "-c",
    String(request.connections),
    "-d",
    String(request.seconds),
    "-m",
    request.body === undefined ? "GET" : "POST",
    "-H",
    "content-type=application/json",
    ...(request.token ? ["-H", `authorization=Bearer ${request.token}`] : []),
    ...(request.body === undefined ? [] : ["-b", JSON.stringify(request.body)]),
    request.url,
  ];
  return new Promise<LoadResult>((resolve, reject) => {
    execFile(process.execPath, args, { maxBuffer: 16 * 1024 * 1024 }, (error, stdout) => {
      if (error) return reject(new Error(`autocannon failed: ${error.message}`));
      const result = JSON.parse(stdout) as {
        requests: { average: number };
        latency: { p50: number; p99: number; mean: number };
        non2xx: number;
        errors: number;
        timeouts: number;
      };
      resolve({
        requestsPerSecond: result.requests.average,
        p50: result.latency.p50,
        p99: result.latency.p99,
        mean: result.latency.mean,
        failures: result.non2xx + result.errors + result.timeouts,
      });
    });
  });
}

/**
 * Runs two loads in turn, `rounds` times, and keeps the best of each: on a shared machine a neighbour's
 * burst hits one run, not every run of one side.
 */
export async function bestOfAlternating(
  first: LoadRequest,
  second: LoadRequest,
  rounds = 2,
): Promise<[LoadResult, LoadResult]> {
  let best: [LoadResult | undefined, LoadResult | undefined] = [undefined, undefined];
  for (let round = 0; round < rounds; round++) {
    const results = [await runLoad(first), await runLoad(second)];
    best = best.map((current, index) =>
      !current || results[index]!.requestsPerSecond > current.requestsPerSecond ? results[index] : current,
    ) as typeof best;
  }
  return best as [LoadResult, LoadResult];
}
