import { DateTimeResolver, JSONObjectResolver } from "graphql-scalars";
import { CalendarDateScalar } from "./calendar-date.scalar";
import { LocalTimeScalar } from "./local-time.scalar";

export { CalendarDateScalar, LocalTimeScalar };
export const DateTimeScalar = DateTimeResolver;
export const JSONObjectScalar = JSONObjectResolver;
