import { invalidInput } from "../errors/domain-error";

/** An end date (a habit's end, a goal's target, a milestone's due date), when there is one, is on or after the start date. */
export function assertEndNotBeforeStart(startDate: string, endDate: string | null, field: string): void {
  if (endDate !== null && endDate < startDate) {
    throw invalidInput([{ field, message: `must not be before the start date ${startDate}` }]);
  }
}
