import { cloneElement, type ReactElement } from "react";

type Control = ReactElement<{ "aria-describedby"?: string; "aria-invalid"?: boolean }>;

/** A labelled control with an optional hint and the API's message for it, both tied to the control. */
export function FormField(props: {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  children: Control;
}) {
  const hintId = props.hint ? `${props.id}-hint` : undefined;
  const errorId = props.error ? `${props.id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div className="form-field">
      <label htmlFor={props.id}>{props.label}</label>
      {cloneElement(props.children, {
        "aria-describedby": describedBy,
        "aria-invalid": props.error ? true : undefined,
      })}
      {props.hint && (
        <span id={hintId} className="hint">
          {props.hint}
        </span>
      )}
      {props.error && (
        <span id={errorId} className="field-error">
          {props.error}
        </span>
      )}
    </div>
  );
}
