"use client";

import { useEffect, useRef, useState } from "react";
import { createPortal } from "react-dom";
import { SWITCH_TIMER_SLOT } from "./passage-beside";
import { timeWarning } from "./time-warnings";

type Props = { deadlineAt: string; serverNow: string; onExpire: () => void };

function format(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return `${minutes}:${String(seconds).padStart(2, "0")}`;
}

/**
 * The server's deadline, shown in the browser's clock corrected by the server's time at page load.
 * Warnings at 5 and 1 minutes are announced once each; the ticking clock itself is not.
 */
export function Countdown({ deadlineAt, serverNow, onExpire }: Props) {
  const [remaining, setRemaining] = useState<number | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const announced = useRef(new Set<number>());
  const expired = useRef(false);

  useEffect(() => {
    const skew = Date.parse(serverNow) - Date.now();
    const deadline = Date.parse(deadlineAt);
    const tick = () => {
      const left = deadline - (Date.now() + skew);
      setRemaining(left);
      const warning = timeWarning(left, announced.current);
      if (warning) setAnnouncement(warning);
      if (left <= 0 && !expired.current) {
        expired.current = true;
        setAnnouncement("Time is up: your answers are being submitted.");
        onExpire();
      }
    };
    tick();
    const timer = setInterval(tick, 1000);
    return () => clearInterval(timer);
  }, [deadlineAt, serverNow, onExpire]);

  // On a phone the Passage view hides the questions and this timer with them: the switch bar shows a copy. Looked
  // up once the clock ticks, after hydration, so the server's and the browser's first renders agree.
  const slot = remaining === null ? null : document.getElementById(SWITCH_TIMER_SLOT);

  const urgent = remaining !== null && remaining <= 5 * 60_000;
  const shown = remaining === null ? "–" : format(remaining);
  return (
    <div>
      <p className={`font-mono text-lg ${urgent ? "font-semibold text-red-800" : ""}`}>
        Time left: <span data-testid="time-left">{shown}</span>
      </p>
      {slot &&
        createPortal(
          <p className={`font-mono whitespace-nowrap ${urgent ? "font-semibold text-red-800" : ""}`}>
            <span className="sr-only">Time left: </span>
            <span aria-hidden="true" className="font-sans text-sm">
              Time{" "}
            </span>
            <span data-testid="time-left-passage">{shown}</span>
          </p>,
          slot,
        )}
      {remaining !== null && remaining <= 0 && (
        <p aria-hidden="true" className="text-sm font-semibold text-red-800">
          Time is up: submitting your answers…
        </p>
      )}
      <p role="alert" className="sr-only">
        {announcement}
      </p>
    </div>
  );
}
