import { useId, type InputHTMLAttributes, type ReactNode, type TextareaHTMLAttributes } from "react";

type Common = { label: string; name: string; hint?: string; errors?: string[] };
type Described = { id: string; "aria-invalid"?: true; "aria-describedby"?: string };

/** The label, hint and errors around one control, tied to it so they are announced with it. */
function Labelled({
  label,
  hint,
  errors,
  className,
  control,
}: Omit<Common, "name"> & { className: string; control: (described: Described) => ReactNode }) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  return (
    <div className={`flex flex-col gap-1 ${className}`}>
      <label htmlFor={id} className="font-medium">
        {label}
      </label>
      {hint && (
        <p id={hintId} className="text-sm text-stone-600">
          {hint}
        </p>
      )}
      {control({
        id,
        "aria-invalid": errorId ? true : undefined,
        "aria-describedby": [hintId, errorId].filter(Boolean).join(" ") || undefined,
      })}
      {errorId && (
        <p id={errorId} className="text-sm text-red-800">
          {errors!.join(". ")}
        </p>
      )}
    </div>
  );
}

const CONTROL = "rounded-md border border-stone-400 bg-white px-3 py-2 aria-invalid:border-red-700";

/** A labelled input whose hint and errors are announced with it. */
export function Field({
  label,
  name,
  hint,
  errors,
  className = "",
  ...input
}: Common & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <Labelled
      label={label}
      hint={hint}
      errors={errors}
      className={className}
      control={(described) => (
        <input name={name} className={`min-h-11 ${CONTROL}`} {...described} {...input} />
      )}
    />
  );
}

/** A labelled textarea, like Field. */
export function TextAreaField({
  label,
  name,
  hint,
  errors,
  className = "",
  ...textarea
}: Common & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <Labelled
      label={label}
      hint={hint}
      errors={errors}
      className={className}
      control={(described) => (
        <textarea name={name} rows={4} className={`w-full ${CONTROL}`} {...described} {...textarea} />
      )}
    />
  );
}
