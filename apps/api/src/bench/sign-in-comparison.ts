import { bestOfAlternating, type LoadResult } from "./load-run";
import { BENCH_PASSWORD } from "./read-path-seed";
import { SIGN_IN_QUERY } from "./read-path-queries";

/**
 * signIn against a bare bcrypt compare of the same hash, same connections, same machine: 8 connections
 * keep libuv's 4 threads busy on both sides, so the ratio is CPU, not round trips.
 */
export function compareSignIn(
  apiGraphqlUrl: string,
  rawUrl: string,
  login: string,
  seconds: number,
): Promise<[signIn: LoadResult, compare: LoadResult]> {
  const credentials = { login, password: BENCH_PASSWORD };
  return bestOfAlternating(
    { url: apiGraphqlUrl, connections: 8, seconds, body: { query: SIGN_IN_QUERY, variables: credentials } },
    { url: `${rawUrl}/signin`, connections: 8, seconds, body: credentials },
  );
}
