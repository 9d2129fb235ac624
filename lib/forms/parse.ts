import { z } from "zod";
import { AppError } from "../errors";

/** Parses input with a schema, or throws an `invalid` AppError carrying the field errors for the form. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (!result.success) {
    throw new AppError(
      "invalid",
      undefined,
      z.flattenError(result.error).fieldErrors as Record<string, string[]>,
    );
  }
  return result.data;
}
