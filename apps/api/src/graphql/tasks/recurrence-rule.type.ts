import { Field, ObjectType } from "type-graphql";
import { DateTimeScalar } from "../scalars";
import { type RecurrenceAnchor, RecurrenceAnchorEnum } from "./recurrence-anchor.enum";

@ObjectType("RecurrenceRule")
export class RecurrenceRuleType {
  @Field({ description: "RFC 5545 RRULE, e.g. FREQ=WEEKLY;BYDAY=MO,WE" })
  rrule!: string;

  @Field({ description: "Occurrences follow this zone's wall clock" })
  timezone!: string;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description:
      "When the next occurrence would be due if this one were completed now; null once the series ends",
  })
  nextOccurrence!: Date | null;

  @Field(() => RecurrenceAnchorEnum, { description: "What the next occurrence counts from" })
  anchor!: RecurrenceAnchor;
}
