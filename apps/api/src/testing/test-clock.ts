import { type Clock } from "@momentum/platform";

/**
 * A clock the test sets: it runs at the real pace from the instant it was given, so requests keep their
 * order, and moves only when the test says so. "Today" in any zone is then the test's choice, never the
 * moment the run happens to start.
 */
function offsetTo(instant: Date | string): number {
  const time = new Date(instant).getTime();
  if (Number.isNaN(time)) throw new Error(`not an instant: ${String(instant)}`);
  return time - Date.now();
}

export class TestClock implements Clock {
  private offsetMs: number;

  constructor(start: Date | string = new Date()) {
    this.offsetMs = offsetTo(start);
  }

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  /** From now on the clock reads `instant`, and runs on from there. */
  set(instant: Date | string): void {
    this.offsetMs = offsetTo(instant);
  }

  advance(ms: number): void {
    this.offsetMs += ms;
  }
}
