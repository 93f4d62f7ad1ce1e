import { execFile } from "node:child_process";
import { resolve } from "node:path";

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

/**
 * One autocannon run in a process of its own, so the load generator never shares a core's event loop with a
 * server. Answers that are not a success (non-2xx, errors, timeouts, GraphQL errors) count as failures.
 */
export function runLoad(request: LoadRequest): Promise<LoadResult> {
  const args = [resolve(__dirname, "load-runner.js"), JSON.stringify(request)];
  return new Promise<LoadResult>((resolve, reject) => {
    execFile(process.execPath, args, { maxBuffer: 16 * 1024 * 1024 }, (error, stdout) => {
      if (error) return reject(new Error(`autocannon failed: ${error.message}`));
      const result = JSON.parse(stdout) as {
        requests: { average: number };
        latency: { p50: number; p99: number; mean: number };
        non2xx: number;
        errors: number;
        timeouts: number;
        mismatches: number;
      };
      resolve({
        requestsPerSecond: result.requests.average,
        p50: result.latency.p50,
        p99: result.latency.p99,
        mean: result.latency.mean,
        failures: result.non2xx + result.errors + result.timeouts + result.mismatches,
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
