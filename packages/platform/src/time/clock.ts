/** Where a process reads the current instant: the system's, or in tests one the test controls. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };
