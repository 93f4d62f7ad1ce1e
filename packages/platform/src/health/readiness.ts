/** A dependency /readyz asks about; resolves true when usable. A check that throws counts as down. */
export type ReadinessCheck = () => boolean | Promise<boolean>;

/** What /readyz answers, for every service alike. */
export interface Readiness {
  status: "ready" | "not ready" | "stopping";
  checks: Record<string, "up" | "down">;
}

async function runCheck(check: ReadinessCheck, timeoutMs: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  try {
    return await Promise.race([Promise.resolve().then(check), timeout]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Ready only when every check is up and the service is not stopping. A stopping service says so at
 * once, whatever its dependencies, so a load balancer sends it nothing new.
 */
export async function readiness(
  checks: Record<string, ReadinessCheck>,
  options: { stopping?: boolean; timeoutMs?: number } = {},
): Promise<Readiness> {
  const entries = await Promise.all(
    Object.entries(checks).map(async ([name, check]) => [
      name,
      (await runCheck(check, options.timeoutMs ?? 2_000)) ? "up" : "down",
    ]),
  );
  const results = Object.fromEntries(entries) as Readiness["checks"];
  const allUp = Object.values(results).every((state) => state === "up");
  return { status: options.stopping ? "stopping" : allUp ? "ready" : "not ready", checks: results };
}
