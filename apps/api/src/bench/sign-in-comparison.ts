import { bestMeasuredOfAlternating, type MeasuredLoad } from "./measured-load";
import { BENCH_PASSWORD } from "./read-path-seed";
import { SIGN_IN_QUERY } from "./read-path-queries";

export type SignInFigure = MeasuredLoad;

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
  return bestMeasuredOfAlternating([
    {
      url: apiGraphqlUrl,
      connections: 8,
      seconds,
      body: { query: SIGN_IN_QUERY, variables: credentials },
      pid: pids.api,
    },
    { url: `${rawUrl}/signin`, connections: 8, seconds, body: credentials, pid: pids.raw },
  ]);
}
