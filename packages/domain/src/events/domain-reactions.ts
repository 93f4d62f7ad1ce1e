import { type EntityManager } from "@mikro-orm/postgresql";
import { OutboxEvent } from "@momentum/db";
import { type DomainEvent, type EventType } from "./event-catalogue";
import { envelopeOf } from "./outbox-envelope";

export type DomainEventOf<T extends EventType> = Extract<DomainEvent, { type: T }>;

/**
 * Derived state one area keeps up to date when another changes (goals measured in tasks, achievements):
 * it runs inside the transaction of every change that recorded one of its event types, before that
 * change commits, so the change and what follows from it commit or fail together.
 */
export interface DomainReaction<T extends EventType = EventType> {
  /** Named in errors. */
  name: string;
  on: readonly T[];
  /** Gets the events of its types recorded since it last ran in this transaction, in recording order. */
  react(tx: EntityManager, events: DomainEventOf<T>[]): Promise<void>;
}

/**
 * A reaction whose events are typed by its `on`, ready to register beside reactions to other types
 * (settle hands a reaction only events of its own types).
 */
export const defineReaction = <T extends EventType>(reaction: DomainReaction<T>): DomainReaction =>
  reaction as unknown as DomainReaction;

// Outbox rows recordEvent added to a unit of work, by recording order, until a settle takes them. Every
// change that records events settles before it commits, so no row outlives its transaction here.
const awaitingReaction = new WeakMap<OutboxEvent, number>();
let recordedSoFar = 0;

export function awaitReactions(row: OutboxEvent): void {
  awaitingReaction.set(row, recordedSoFar++);
}

/** The events recorded in this transaction's unit of work (flushed or not) that no settle has taken yet. */
function takeRecordedEvents(tx: EntityManager): DomainEvent[] {
  const unitOfWork = tx.getUnitOfWork();
  const rows = new Set<OutboxEvent>();
  for (const entity of [...unitOfWork.getPersistStack(), ...unitOfWork.getIdentityMap()]) {
    if (entity instanceof OutboxEvent && awaitingReaction.has(entity)) rows.add(entity);
  }
  const inOrder = [...rows].sort((a, b) => awaitingReaction.get(a)! - awaitingReaction.get(b)!);
  for (const row of inOrder) awaitingReaction.delete(row);
  return inOrder.map(envelopeOf);
}

/** Reactions that still record new events after this many rounds feed each other without end. */
const MAX_ROUNDS = 100;

/** Which reactions exist, in order; the domain's one composition sets them at start-up. */
export class DomainReactions {
  private reactions: readonly DomainReaction[] | null = null;

  /** Sets the reactions, replacing any set before (so starting twice in one process is harmless). */
  register(reactions: readonly DomainReaction[]): void {
    this.reactions = [...reactions];
  }

  /**
   * Hands the events recorded in `tx` to the reactions registered for their types, until no reaction
   * records anything new. Each round runs the first reaction (in registration order) with events waiting,
   * on all of them: a reaction registered after others runs once on what the change and those others
   * recorded (a task completed, the goal it moved), not once per event. Fails when nothing was
   * registered, so a process that skipped start-up never commits a change without its consequences.
   */
  async settle(tx: EntityManager): Promise<void> {
    const reactions = this.reactions;
    if (!reactions) {
      throw new Error(
        "No domain reactions are registered: call registerDomainReactions() once at start-up, before any change",
      );
    }
    const waiting = reactions.map((): DomainEvent[] => []);
    for (let round = 0; ; round++) {
      for (const event of takeRecordedEvents(tx)) {
        reactions.forEach((reaction, index) => {
          if (reaction.on.includes(event.type)) waiting[index]!.push(event);
        });
      }
      const next = waiting.findIndex((events) => events.length > 0);
      if (next === -1) return;
      if (round === MAX_ROUNDS) {
        const busy = reactions.filter((_, index) => waiting[index]!.length > 0).map(({ name }) => name);
        throw new Error(
          `Domain reactions still get new events after ${MAX_ROUNDS} rounds: ${busy.join(", ")}`,
        );
      }
      const events = waiting[next]!;
      waiting[next] = [];
      await reactions[next]!.react(tx, events);
    }
  }
}

/** The process's reactions, registered at start-up by registerDomainReactions. */
export const domainReactions = new DomainReactions();

/**
 * Runs the reactions to what this transaction recorded (see DomainReactions.settle). Every change that
 * records domain events calls it (through transactionalWithReactions) as the last step of its transaction.
 */
export const settleDomainEvents = (tx: EntityManager): Promise<void> => domainReactions.settle(tx);

/** `em.transactional` for a change that records domain events: the reactions run before it commits. */
export function transactionalWithReactions<T>(
  em: EntityManager,
  work: (tx: EntityManager) => Promise<T>,
): Promise<T> {
  return em.transactional(async (tx) => {
    const result = await work(tx);
    await settleDomainEvents(tx);
    return result;
  });
}
