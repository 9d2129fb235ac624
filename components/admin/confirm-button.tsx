"use client";

import { useEffect, useRef, useState, type ReactNode } from "react";
import { Button } from "../ui/button";

type Props = {
  /** The first button's visible text, and the words naming whom it acts on (read by screen readers). */
  label: string;
  target: string;
  /** What will happen, asked before it does. */
  question: ReactNode;
  confirmLabel: string;
  disabled: boolean;
  onConfirm: () => void;
};

/**
 * A disruptive action asked twice, in the page rather than in a browser dialog: the question and its two buttons
 * take the first button's place and focus, and Cancel puts focus back where it was.
 */
export function ConfirmButton({ label, target, question, confirmLabel, disabled, onConfirm }: Props) {
  const [asking, setAsking] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const openRef = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);

  useEffect(() => {
    if (asking) confirmRef.current?.focus();
    else if (wasAsking.current) openRef.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  if (!asking) {
    return (
      <Button ref={openRef} variant="secondary" disabled={disabled} onClick={() => setAsking(true)}>
        {label}
        <span className="sr-only"> {target}</span>
      </Button>
    );
  }
  return (
    <div role="group" aria-label={`${label} ${target}?`} className="flex flex-col gap-2">
      <p>{question}</p>
      <div className="flex flex-wrap gap-2">
        <Button
          ref={confirmRef}
          variant="danger"
          disabled={disabled}
          onClick={() => {
            setAsking(false);
            onConfirm();
          }}
        >
          {confirmLabel}
          <span className="sr-only"> {target}</span>
        </Button>
        <Button variant="secondary" onClick={() => setAsking(false)}>
          Cancel
        </Button>
      </div>
    </div>
  );
}
