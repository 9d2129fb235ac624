import { Field } from "../ui/field";

/** The new password and its repetition, as every form that sets a password asks for them. */
export function NewPasswordFields({ errors }: { errors?: Record<string, string[] | undefined> }) {
  return (
    <>
      <Field
        label="New password"
        name="newPassword"
        type="password"
        autoComplete="new-password"
        hint="At least 8 characters"
        errors={errors?.newPassword}
        required
      />
      <Field
        label="Repeat the new password"
        name="confirmPassword"
        type="password"
        autoComplete="new-password"
        errors={errors?.confirmPassword}
        required
      />
    </>
  );
}
