import { z } from "zod";
import { achievementEvents } from "./achievement.events";
import { deviceEvents } from "./device.events";
import { eventEnvelopeSchema, type EventEnvelope } from "./event-envelope";
import { focusEvents } from "./focus.events";
import { goalEvents } from "./goal.events";
import { habitEvents } from "./habit.events";
import { taskEvents } from "./task.events";
import { userEvents } from "./user.events";

/** Every domain event type the system publishes. Other areas add their `*.events.ts` here. */
export const eventCatalogue = {
  ...userEvents,
  ...taskEvents,
  ...habitEvents,
  ...goalEvents,
  ...focusEvents,
  ...achievementEvents,
  ...deviceEvents,
};

export type EventType = keyof typeof eventCatalogue;
export type EventPayload<T extends EventType> = z.infer<(typeof eventCatalogue)[T]["payload"]>;

/** A domain event whose payload matches its type: a union over the catalogue. */
export type DomainEvent = {
  [T in EventType]: Omit<EventEnvelope, "type" | "payload"> & { type: T; payload: EventPayload<T> };
}[EventType];

export const eventTypes = Object.keys(eventCatalogue) as EventType[];

export const isEventType = (type: string): type is EventType => Object.hasOwn(eventCatalogue, type);

const envelopeOfType = (type: EventType) =>
  eventEnvelopeSchema.extend({
    type: z.literal(type),
    version: z.literal(eventCatalogue[type].version),
    payload: eventCatalogue[type].payload,
  });

const [firstType, ...otherTypes] = eventTypes.map(envelopeOfType);

/**
 * Validates an envelope and its payload against the catalogue. An unknown type or version fails,
 * so a consumer never guesses at a payload it was not built for.
 */
export const domainEventSchema = z.discriminatedUnion("type", [
  firstType!,
  ...otherTypes,
]) as unknown as z.ZodType<DomainEvent>;
