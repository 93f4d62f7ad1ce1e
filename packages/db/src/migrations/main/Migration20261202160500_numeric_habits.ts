import { Migration } from "@mikro-orm/migrations";

/**
 * Numeric habits: unit, target and its direction become columns, the one place they are kept. A
 * measurable habit's `target` and `unit` move out of `frequency_config`; a per-day target of a
 * TIMES_PER_WEEK / TIMES_PER_MONTH habit becomes the per-period target it added up to (target × times).
 */
export class Migration20261202160500 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "habits" add column "unit" varchar(30) null, add column "target_value" numeric null, add column "target_type" varchar(10) not null default 'at_least';`,
    );
    this.addSql(
      `update "habits" set
         "unit" = nullif(btrim("frequency_config"->>'unit'), ''),
         "target_value" = case
           when "frequency_type" in ('times_per_week', 'times_per_month')
             then ("frequency_config"->>'target')::numeric * coalesce(("frequency_config"->>'times')::numeric, 1)
           else ("frequency_config"->>'target')::numeric end,
         "frequency_config" = "frequency_config" - 'target' - 'unit'
       where "frequency_config" ? 'target' or "frequency_config" ? 'unit';`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(
      `update "habits" set "frequency_config" = "frequency_config"
         || case when "target_value" is null or "target_type" <> 'at_least' then '{}'::jsonb
            else jsonb_build_object('target', case
              when "frequency_type" in ('times_per_week', 'times_per_month')
                then "target_value" / coalesce(("frequency_config"->>'times')::numeric, 1)
              else "target_value" end::float8) end
         || case when "unit" is null then '{}'::jsonb else jsonb_build_object('unit', "unit") end
       where "target_value" is not null or "unit" is not null;`,
    );
    this.addSql(
      `alter table "habits" drop column "unit", drop column "target_value", drop column "target_type";`,
    );
  }
}
