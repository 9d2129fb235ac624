import type { SelectHTMLAttributes } from "react";

export type SelectOption = { value: string; label: string; disabled?: boolean };

type Props = SelectHTMLAttributes<HTMLSelectElement> & {
  id: string;
  label: string;
  options: SelectOption[];
  /** A first, empty option ("Any skill", "Choose a sentence"); disabled when `required`. */
  placeholder?: string;
};

/** A labelled native select: keyboard and screen readers work without extra code. */
export function SelectField({ id, label, options, placeholder, className = "", ...select }: Props) {
  return (
    <div className={`flex flex-col gap-1 ${className}`}>
      <label htmlFor={id} className="font-medium">
        {label}
      </label>
      <select
        id={id}
        className="min-h-11 w-full rounded-md border border-stone-400 bg-white px-3 aria-invalid:border-red-700"
        {...select}
      >
        {placeholder !== undefined && (
          <option value="" disabled={select.required}>
            {placeholder}
          </option>
        )}
        {options.map((o) => (
          <option key={o.value} value={o.value} disabled={o.disabled}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
