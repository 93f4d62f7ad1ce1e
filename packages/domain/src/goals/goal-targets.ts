import { MeasurementType } from "@momentum/db";
import { type FieldError, invalidInput } from "../errors/domain-error";

export interface GoalTargets {
  measurementType: MeasurementType;
  targetValue: number | null;
  startValue: number | null;
}

const measuredTowardsTarget: readonly MeasurementType[] = [MeasurementType.Numeric, MeasurementType.Habits];

/**
 * The target rules of each measurement type: NUMERIC and HABITS need a target (HABITS a whole number of
 * completions, NUMERIC one different from where it starts), the other types take none, and only NUMERIC
 * has a start value. `prefix` names the input the fields belong to.
 */
export function targetProblems(
  { measurementType, targetValue, startValue }: GoalTargets,
  prefix: string,
): FieldError[] {
  const problems: FieldError[] = [];
  const target = (message: string) => problems.push({ field: `${prefix}.targetValue`, message });
  if (measuredTowardsTarget.includes(measurementType)) {
    if (targetValue === null) target(`is required for ${measurementType.toUpperCase()} goals`);
    else if (
      measurementType === MeasurementType.Habits &&
      (!Number.isInteger(targetValue) || targetValue < 1)
    ) {
      target("must be a whole number of completions, at least 1");
    } else if (measurementType === MeasurementType.Numeric && targetValue === (startValue ?? 0)) {
      target(`must differ from the start value ${startValue ?? 0}`);
    }
  } else if (targetValue !== null) {
    target(`is not used by ${measurementType.toUpperCase()} goals`);
  }
  if (startValue !== null && measurementType !== MeasurementType.Numeric) {
    problems.push({ field: `${prefix}.startValue`, message: "is only used by NUMERIC goals" });
  }
  return problems;
}

export function assertValidTargets(targets: GoalTargets, prefix: string): void {
  const problems = targetProblems(targets, prefix);
  if (problems.length > 0) throw invalidInput(problems);
}

/**
 * A value recorded by hand: PERCENTAGE goals take 0..100, BOOLEAN goals 0 (not done) or 1 (done); goals
 * measured by their tasks, habits or milestones take none.
 */
export function assertRecordableValue(measurementType: MeasurementType, value: number, field: string): void {
  const refuse = (message: string) => {
    throw invalidInput([{ field, message }]);
  };
  switch (measurementType) {
    case MeasurementType.Numeric:
      return;
    case MeasurementType.Percentage:
      if (value < 0 || value > 100) refuse("must be 0..100 for a PERCENTAGE goal");
      return;
    case MeasurementType.Boolean:
      if (value !== 0 && value !== 1) refuse("must be 0 (not done) or 1 (done) for a BOOLEAN goal");
      return;
    case MeasurementType.Tasks:
    case MeasurementType.Habits:
    case MeasurementType.Milestones:
      refuse(
        `a ${measurementType.toUpperCase()} goal's progress comes from its ${measurementType}, not from recorded values`,
      );
  }
}
