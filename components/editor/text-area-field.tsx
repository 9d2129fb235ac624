import { FieldError, invalidProps } from "./field-error";

type Props = {
  field: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  errors?: string[];
  maxLength?: number;
};

/** A labelled textarea whose error message sits under it and is announced with it. */
export function TextAreaField({ field, label, value, onChange, errors, maxLength }: Props) {
  const id = `q-${field}`;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="font-medium">
        {label}
      </label>
      <textarea
        id={id}
        className="min-h-20 w-full rounded-md border border-stone-400 bg-white px-3 py-2 aria-invalid:border-red-700"
        maxLength={maxLength}
        value={value}
        onChange={(e) => onChange(e.currentTarget.value)}
        {...invalidProps(field, errors)}
      />
      <FieldError field={field} errors={errors} />
    </div>
  );
}
