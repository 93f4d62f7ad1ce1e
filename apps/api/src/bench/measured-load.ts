import { readFileSync } from "node:fs";
import { type LoadRequest, type LoadResult, runLoad } from "./load-run";

export interface MeasuredLoad extends LoadResult {
  /** CPU time of the serving process (all its threads) per answered request, if its pid was given. */
  cpuMsPerRequest?: number;
}

/** User plus system CPU time of a process and all its threads, in ms (Linux /proc; clock ticks of 10 ms). */
function cpuMsOf(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/**
 * A load run that also reports the serving process's CPU per request: on a shared machine throughput
 * swings with the neighbours, the CPU a request costs much less.
 */
export async function measuredLoad(request: LoadRequest, pid: number | undefined): Promise<MeasuredLoad> {
  const before = pid === undefined ? 0 : cpuMsOf(pid);
  const result = await runLoad(request);
  if (pid === undefined) return result;
  const answered = result.requestsPerSecond * request.seconds;
  return { ...result, cpuMsPerRequest: answered > 0 ? (cpuMsOf(pid) - before) / answered : undefined };
}

/** Two loads alternated `rounds` times; of each, the best throughput and the lowest CPU per request. */
export async function bestMeasuredOfAlternating(
  [first, second]: [LoadRequest & { pid?: number }, LoadRequest & { pid?: number }],
  rounds = 2,
): Promise<[MeasuredLoad, MeasuredLoad]> {
  let best: [MeasuredLoad | undefined, MeasuredLoad | undefined] = [undefined, undefined];
  for (let round = 0; round < rounds; round++) {
    const results = [await measuredLoad(first, first.pid), await measuredLoad(second, second.pid)];
    best = best.map((current, index) => {
      const result = results[index]!;
      if (!current) return result;
      return {
        ...(result.requestsPerSecond > current.requestsPerSecond ? result : current),
        cpuMsPerRequest: Math.min(current.cpuMsPerRequest ?? Infinity, result.cpuMsPerRequest ?? Infinity),
      };
    }) as typeof best;
  }
  return best as [MeasuredLoad, MeasuredLoad];
}
