import { readFileSync } from "node:fs";
import { type LoadRequest, type LoadResult, runLoad } from "./load-run";
import { BENCH_PASSWORD } from "./read-path-seed";
import { SIGN_IN_QUERY } from "./read-path-queries";

export interface SignInFigure extends LoadResult {
  /** CPU time of the serving process (all its threads) per answered request, if its pid was given. */
  cpuMsPerRequest?: number;
}

/** User plus system CPU time of a process and all its threads, in ms (Linux /proc; clock ticks of 10 ms). */
function cpuMsOf(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

async function measured(request: LoadRequest, pid: number | undefined): Promise<SignInFigure> {
  const before = pid === undefined ? 0 : cpuMsOf(pid);
  const result = await runLoad(request);
  if (pid === undefined) return result;
  const answered = result.requestsPerSecond * request.seconds;
  return { ...result, cpuMsPerRequest: answered > 0 ? (cpuMsOf(pid) - before) / answered : undefined };
}

/**
 * signIn against a bare bcrypt compare of the same hash, same connections, same machine: 8 connections
 * keep libuv's 4 threads busy on both sides, so the ratio is CPU, not round trips. Alternated twice, best
 * of each kept. On a shared machine throughput swings with the neighbours; the CPU each server process
 * spends per request (given their pids) does much less.
 */
export async function compareSignIn(
  apiGraphqlUrl: string,
  rawUrl: string,
  login: string,
  seconds: number,
  pids: { api?: number; raw?: number } = {},
): Promise<[signIn: SignInFigure, compare: SignInFigure]> {
  const credentials = { login, password: BENCH_PASSWORD };
  const signIn = {
    url: apiGraphqlUrl,
    connections: 8,
    seconds,
    body: { query: SIGN_IN_QUERY, variables: credentials },
  };
  const compare = { url: `${rawUrl}/signin`, connections: 8, seconds, body: credentials };
  let best: [SignInFigure | undefined, SignInFigure | undefined] = [undefined, undefined];
  for (let round = 0; round < 2; round++) {
    const results = [await measured(signIn, pids.api), await measured(compare, pids.raw)];
    best = best.map((current, index) => {
      const result = results[index]!;
      if (!current) return result;
      return {
        ...(result.requestsPerSecond > current.requestsPerSecond ? result : current),
        cpuMsPerRequest: Math.min(current.cpuMsPerRequest ?? Infinity, result.cpuMsPerRequest ?? Infinity),
      };
    }) as typeof best;
  }
  return best as [SignInFigure, SignInFigure];
}
