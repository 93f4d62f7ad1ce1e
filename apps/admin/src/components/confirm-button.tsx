"use client";

import { useState } from "react";

/**
 * A destructive action asks first, in place: the first press shows the question with Confirm and Cancel
 * (Cancel focused, so a second Enter does no harm). Native dialogs would block the page and cannot be styled.
 */
export function ConfirmButton(props: {
  label: string;
  question: string;
  confirmLabel: string;
  onConfirm: () => void;
  disabled?: boolean;
}) {
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button
        type="button"
        className="button-secondary button-danger"
        disabled={props.disabled}
        onClick={() => setAsking(true)}
      >
        {props.label}
      </button>
    );
  }
  return (
    <span role="group" aria-label={props.question} className="confirm">
      <span>{props.question}</span>
      <button
        type="button"
        className="button-danger"
        onClick={() => {
          setAsking(false);
          props.onConfirm();
        }}
      >
        {props.confirmLabel}
      </button>
      <button type="button" className="button-secondary" autoFocus onClick={() => setAsking(false)}>
        Cancel
      </button>
    </span>
  );
}
