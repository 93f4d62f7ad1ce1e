import "reflect-metadata";
import { randomUUID } from "node:crypto";
import { type EntityManager, type MikroORM } from "@mikro-orm/postgresql";
import { openMainOrm, OutboxEvent } from "@momentum/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defineReaction, DomainReactions } from "./domain-reactions";
import { recordEvent } from "./outbox";

const deleteTask = (tx: EntityManager, title: string, aggregateId = randomUUID()) =>
  recordEvent(tx, { type: "task.deleted", userId: null, aggregateId, payload: { title } });

const reopenTask = (tx: EntityManager, title: string, aggregateId = randomUUID()) =>
  recordEvent(tx, {
    type: "task.reopened",
    userId: null,
    aggregateId,
    payload: { title, priority: "low", dueDate: null },
  });

/** A reaction to `types` that remembers each batch of events it was given, by title. */
function spy(types: ("task.deleted" | "task.reopened")[], also?: (tx: EntityManager, title: string) => void) {
  const batches: string[][] = [];
  const reaction = defineReaction({
    name: `spy on ${types.join(", ")}`,
    on: types,
    async react(tx, events) {
      batches.push(events.map((event) => event.payload.title));
      for (const event of events) also?.(tx, event.payload.title);
    },
  });
  return { reaction, batches };
}

describe("settling the domain events of a transaction", () => {
  let orm: MikroORM;
  beforeAll(async () => {
    orm = await openMainOrm(process.env.DATABASE_URL!);
  });
  afterAll(() => orm?.close());

  const storedRows = (aggregateId: string) => orm.em.fork().count(OutboxEvent, { aggregateId });

  it("fails when no reactions were registered, and the change does not commit", async () => {
    const aggregateId = randomUUID();
    const change = orm.em.fork().transactional(async (tx) => {
      deleteTask(tx, "Forgotten", aggregateId);
      await new DomainReactions().settle(tx);
    });
    await expect(change).rejects.toThrow(/registerDomainReactions\(\)/);
    expect(await storedRows(aggregateId)).toBe(0);
  });

  it("hands a reaction the events of its types recorded in the transaction, flushed or not, in order", async () => {
    const deleted = spy(["task.deleted"]);
    const reactions = new DomainReactions();
    reactions.register([deleted.reaction]);
    await orm.em.fork().transactional(async (tx) => {
      deleteTask(tx, "One");
      await tx.flush();
      reopenTask(tx, "Not for this reaction");
      deleteTask(tx, "Two");
      await reactions.settle(tx);
    });
    expect(deleted.batches).toEqual([["One", "Two"]]);
  });

  it("never hands the same event twice, even to a later transaction of the same entity manager", async () => {
    const deleted = spy(["task.deleted"]);
    const reactions = new DomainReactions();
    reactions.register([deleted.reaction]);
    const em = orm.em.fork();
    await em.transactional(async (tx) => {
      deleteTask(tx, "Once");
      await reactions.settle(tx);
      await reactions.settle(tx);
    });
    // The next transaction's unit of work starts with the rows the first one committed.
    await em.transactional((tx) => reactions.settle(tx));
    expect(deleted.batches).toEqual([["Once"]]);
  });

  it("runs a reaction once on what the change and the reactions before it recorded", async () => {
    const followUp = spy(["task.deleted"], (tx, title) => reopenTask(tx, `${title} again`));
    const tally = spy(["task.deleted", "task.reopened"]);
    const reactions = new DomainReactions();
    reactions.register([followUp.reaction, tally.reaction]);
    await orm.em.fork().transactional(async (tx) => {
      deleteTask(tx, "One");
      deleteTask(tx, "Two");
      await reactions.settle(tx);
    });
    expect(followUp.batches).toEqual([["One", "Two"]]);
    expect(tally.batches).toEqual([["One", "Two", "One again", "Two again"]]);
  });

  it("commits what reactions record with the change, and a failing reaction undoes the change", async () => {
    const aggregateId = randomUUID();
    const followUp = spy(["task.deleted"], (tx) => reopenTask(tx, "Follow-up", aggregateId));
    const reactions = new DomainReactions();
    reactions.register([followUp.reaction]);
    await orm.em.fork().transactional(async (tx) => {
      deleteTask(tx, "Kept", aggregateId);
      await reactions.settle(tx);
    });
    expect(await storedRows(aggregateId)).toBe(2);

    const failing = new DomainReactions();
    failing.register([
      defineReaction({
        name: "failing",
        on: ["task.deleted"],
        react: () => Promise.reject(new Error("reaction failed")),
      }),
    ]);
    const undone = randomUUID();
    const change = orm.em.fork().transactional(async (tx) => {
      deleteTask(tx, "Undone", undone);
      await failing.settle(tx);
    });
    await expect(change).rejects.toThrow("reaction failed");
    expect(await storedRows(undone)).toBe(0);
  });

  it("gives up, naming them, on reactions that keep recording events", async () => {
    const endless = spy(["task.deleted"], (tx, title) => deleteTask(tx, title));
    const reactions = new DomainReactions();
    reactions.register([endless.reaction]);
    const change = orm.em.fork().transactional(async (tx) => {
      deleteTask(tx, "Again and again");
      await reactions.settle(tx);
    });
    await expect(change).rejects.toThrow(/spy on task\.deleted/);
  });
});
