/** The id a field names in aria-describedby, and the message it points to. */
export const errorId = (field: string) => `${field}-error`;

export function FieldError({ field, errors }: { field: string; errors?: string[] }) {
  if (!errors?.length) return null;
  return (
    <p id={errorId(field)} className="text-sm text-red-800">
      {errors.join(". ")}
    </p>
  );
}

/** Attributes that tie an input to its error message. */
export const invalidProps = (field: string, errors?: string[]) =>
  errors?.length ? { "aria-invalid": true as const, "aria-describedby": errorId(field) } : {};
