import { z } from "zod";
import { type MessagingTopology } from "../events/messaging-topology";

/** The consumers whose parked queue staff may see, by their key in the topology. */
export const parkedConsumerSchema = z.enum([
  "analyticsEvents",
  "notifierReminders",
] as const satisfies ReadonlyArray<keyof MessagingTopology["consumers"]>);

export const listParkedMessagesInputSchema = z.object({
  consumer: parkedConsumerSchema,
  limit: z.number().int().min(1).max(200).default(50),
});

export const parkedMessageRefSchema = z.object({
  consumer: parkedConsumerSchema,
  messageId: z.string().min(1).max(100),
});

export type ParkedConsumer = z.infer<typeof parkedConsumerSchema>;
export type ListParkedMessagesInput = z.input<typeof listParkedMessagesInputSchema>;
export type ParkedMessageRef = z.infer<typeof parkedMessageRefSchema>;
