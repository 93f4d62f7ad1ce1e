import { z } from "zod";

/** What every domain event carries around its payload; the same shape on the wire and in tests. */
export const eventEnvelopeSchema = z.object({
  /** Also the AMQP messageId and the consumers' de-duplication key. */
  id: z.uuid(),
  type: z.string().min(1),
  version: z.number().int().positive(),
  occurredAt: z.iso.datetime({ offset: true }),
  userId: z.uuid().nullable(),
  aggregate: z.object({ type: z.string().min(1), id: z.uuid() }),
  payload: z.unknown(),
});

export type EventEnvelope = z.infer<typeof eventEnvelopeSchema>;
