"use client";

import { useEffect, useState } from "react";
import { Field } from "./field";

function toLocalInput(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

type Props = {
  label: string;
  name: string;
  defaultValue?: string;
  hint?: string;
  errors?: string[];
  required?: boolean;
};

/**
 * A date and time in the person's own time zone. datetime-local carries no zone, so the instant is sent in
 * a hidden field; the visible value is filled after mount, where the browser's zone is known.
 */
export function DateTimeField({ label, name, defaultValue, hint, errors, required }: Props) {
  const [local, setLocal] = useState("");
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the browser's time zone exists only here
    if (defaultValue) setLocal(toLocalInput(defaultValue));
  }, [defaultValue]);
  return (
    <>
      <input type="hidden" name={name} value={local ? new Date(local).toISOString() : ""} />
      <Field
        label={label}
        name={`${name}Local`}
        type="datetime-local"
        hint={hint}
        errors={errors}
        required={required}
        value={local}
        onChange={(e) => setLocal(e.currentTarget.value)}
      />
    </>
  );
}
