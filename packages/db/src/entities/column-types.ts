// Decorator metadata must be readable before the first entity class is decorated; every entity imports this file.
import "reflect-metadata";
import { DecimalType, type PropertyOptions } from "@mikro-orm/core";

// Column presets shared by the entities, so every table stores time and numbers the same way.
// Factories, not constants: MikroORM writes into the options object (and into the Type instance) it is given.

type ColumnOptions = Omit<PropertyOptions<object>, "type" | "columnType">;

/** An instant: timestamptz, read back as a JS Date. */
export const instant = (options: ColumnOptions = {}): PropertyOptions<object> => ({
  type: "datetime",
  columnType: "timestamptz",
  ...options,
});

/** A calendar day in the user's zone: `date`, kept as a 'YYYY-MM-DD' string so no host timezone can shift it. */
export const calendarDay = (options: ColumnOptions = {}): PropertyOptions<object> => ({
  type: "date",
  columnType: "date",
  ...options,
});

/** A wall-clock time of day ('HH:MM:SS'), interpreted in the user's zone. */
export const timeOfDay = (options: ColumnOptions = {}): PropertyOptions<object> => ({
  type: "time",
  columnType: "time",
  ...options,
});

/** Unbounded NUMERIC read as a JS number (values are measurements, not money). */
export const numericNumber = (options: ColumnOptions = {}): PropertyOptions<object> => ({
  type: new DecimalType("number"),
  columnType: "numeric",
  ...options,
});

/** NUMERIC(5,2): percentages and scores from 0.00 to 100.00. */
export const percentNumber = (options: ColumnOptions = {}): PropertyOptions<object> => ({
  type: new DecimalType("number"),
  columnType: "numeric(5,2)",
  precision: 5,
  scale: 2,
  ...options,
});

export const jsonb = (options: ColumnOptions = {}): PropertyOptions<object> => ({
  type: "json",
  columnType: "jsonb",
  ...options,
});

/** NOT NULL jsonb defaulting to an empty object. */
export const jsonbObject = (): PropertyOptions<object> => jsonb({ defaultRaw: "'{}'::jsonb" });
