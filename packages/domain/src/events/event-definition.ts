import { type z } from "zod";

/** One event type at one version: the payload schema producer and consumers share. */
export interface EventDefinition<P extends z.ZodType = z.ZodType> {
  version: number;
  /** The aggregate the event is about, e.g. "task"; becomes the envelope's aggregate.type. */
  aggregateType: string;
  payload: P;
}

export const defineEvent = <P extends z.ZodType>(definition: EventDefinition<P>): EventDefinition<P> =>
  definition;
