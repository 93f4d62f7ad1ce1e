import { Priority, TaskStatus } from "@momentum/db";
import { Field, ID, InputType, Int } from "type-graphql";
import { CalendarDateScalar, DateTimeScalar } from "../scalars";
import { type RecurrenceAnchor, RecurrenceAnchorEnum } from "./recurrence-anchor.enum";
import { PriorityEnum, TaskStatusEnum } from "../shared/enums";

@InputType("RecurrenceInput")
export class RecurrenceInput {
  @Field({ description: "RFC 5545 RRULE without DTSTART: the task's due date starts the series" })
  rrule!: string;

  @Field(() => String, {
    nullable: true,
    description: "IANA zone whose wall clock the rule follows; the user's zone if left out",
  })
  timezone?: string | null;

  @Field(() => RecurrenceAnchorEnum, {
    nullable: true,
    defaultValue: "DUE",
    description: "COMPLETION: the next occurrence counts from when this one is completed",
  })
  anchor?: RecurrenceAnchor | null;
}

@InputType("CreateTaskInput")
export class CreateTaskInput {
  @Field()
  title!: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => DateTimeScalar, { nullable: true })
  dueDate?: Date | null;

  @Field(() => PriorityEnum, { nullable: true, defaultValue: Priority.None })
  priority?: Priority | null;

  @Field(() => ID, { nullable: true })
  categoryId?: string | null;

  @Field(() => ID, { nullable: true })
  parentTaskId?: string | null;

  @Field(() => RecurrenceInput, { nullable: true, description: "A recurring task needs a due date" })
  recurrence?: RecurrenceInput | null;

  @Field(() => DateTimeScalar, { nullable: true })
  reminderTime?: Date | null;

  @Field(() => CalendarDateScalar, {
    nullable: true,
    description: "An all-day due date in the user's calendar, instead of dueDate (not both)",
  })
  dueOn?: string | null;

  @Field(() => CalendarDateScalar, { nullable: true, description: "Not actionable before this day" })
  startOn?: string | null;

  @Field(() => Int, { nullable: true, description: "Positive, at most 10080 (a week)" })
  durationMinutes?: number | null;
  @Field(() => [ID], { nullable: true, description: "The viewer's tags to put on it" })
  tagIds?: string[] | null;
}

/** Fields left out stay as they are; null clears a field that may be empty and is refused for the others. */
@InputType("UpdateTaskInput")
export class UpdateTaskInput {
  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => DateTimeScalar, { nullable: true })
  dueDate?: Date | null;

  @Field(() => PriorityEnum, { nullable: true })
  priority?: Priority | null;

  @Field(() => TaskStatusEnum, { nullable: true })
  status?: TaskStatus | null;

  @Field(() => ID, { nullable: true })
  categoryId?: string | null;

  @Field(() => ID, { nullable: true })
  parentTaskId?: string | null;

  @Field(() => RecurrenceInput, { nullable: true })
  recurrence?: RecurrenceInput | null;

  @Field(() => DateTimeScalar, { nullable: true })
  reminderTime?: Date | null;

  @Field(() => CalendarDateScalar, {
    nullable: true,
    description: "An all-day due date in the user's calendar, instead of dueDate (not both)",
  })
  dueOn?: string | null;

  @Field(() => CalendarDateScalar, { nullable: true, description: "Not actionable before this day" })
  startOn?: string | null;

  @Field(() => Int, { nullable: true, description: "Positive, at most 10080 (a week)" })
  durationMinutes?: number | null;
  @Field(() => [ID], { nullable: true, description: "Replaces its tags; [] removes them all" })
  tagIds?: string[] | null;
}
