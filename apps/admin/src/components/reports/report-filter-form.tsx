"use client";

import { type FormEvent } from "react";
import { FormField } from "~/components/form-field";
import { type DashboardRequestError, fieldErrorOf } from "~/components/request-error";
import { formText } from "~/form-text";

export const reportPlatforms = ["all", "ios", "android", "web", "unknown"] as const;
export type ReportPlatformName = (typeof reportPlatforms)[number];

export interface ReportFilterValues {
  from: string;
  to: string;
  platform: ReportPlatformName;
}

const platformLabels: Record<ReportPlatformName, string> = {
  all: "All platforms",
  ios: "iOS",
  android: "Android",
  web: "Web",
  unknown: "Unknown (no device registered)",
};

/** The range and platform every analyst report is filtered by; the API's field errors shown beside them. */
export function ReportFilterForm(props: {
  initial: ReportFilterValues;
  error: DashboardRequestError | null;
  onChange: (filter: ReportFilterValues) => void;
}) {
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    props.onChange({
      from: formText(form, "from"),
      to: formText(form, "to"),
      platform: formText(form, "platform") as ReportPlatformName,
    });
  }
  return (
    <form className="range-form" onSubmit={onSubmit} aria-label="Analyst report filter">
      <FormField id="analyst-from" label="From" error={fieldErrorOf(props.error, "input.from")}>
        <input id="analyst-from" name="from" type="date" defaultValue={props.initial.from} required />
      </FormField>
      <FormField
        id="analyst-to"
        label="To"
        hint="Up to 366 days."
        error={fieldErrorOf(props.error, "input.to")}
      >
        <input id="analyst-to" name="to" type="date" defaultValue={props.initial.to} required />
      </FormField>
      <FormField
        id="analyst-platform"
        label="Platform"
        hint="The platform of the device a user registered last."
        error={fieldErrorOf(props.error, "input.platform")}
      >
        <select id="analyst-platform" name="platform" defaultValue={props.initial.platform}>
          {reportPlatforms.map((platform) => (
            <option key={platform} value={platform}>
              {platformLabels[platform]}
            </option>
          ))}
        </select>
      </FormField>
      <div className="form-actions">
        <button type="submit">Show reports</button>
      </div>
    </form>
  );
}
