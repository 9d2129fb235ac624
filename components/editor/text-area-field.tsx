import { errorId, FieldError } from "./field-error";

type Props = {
  field: string;
  label: string;
  /** Said under the label and announced with the field. */
  hint?: string;
  value: string;
  onChange: (value: string) => void;
  errors?: string[];
  maxLength?: number;
};

/** A labelled textarea whose error message sits under it and is announced with it. */
export function TextAreaField({ field, label, hint, value, onChange, errors, maxLength }: Props) {
  const id = `q-${field}`;
  const hintId = hint ? `${id}-hint` : undefined;
  const invalid = Boolean(errors?.length);
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="font-medium">
        {label}
      </label>
      {hint && (
        <p id={hintId} className="text-sm text-stone-600">
          {hint}
        </p>
      )}
      <textarea
        id={id}
        className="min-h-20 w-full rounded-md border border-stone-400 bg-white px-3 py-2 aria-invalid:border-red-700"
        maxLength={maxLength}
        value={value}
        onChange={(e) => onChange(e.currentTarget.value)}
        aria-invalid={invalid || undefined}
        aria-describedby={[hintId, invalid && errorId(field)].filter(Boolean).join(" ") || undefined}
      />
      <FieldError field={field} errors={errors} />
    </div>
  );
}
