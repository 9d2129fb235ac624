import { formData } from "../support/server-actions";
import type { ActionEntry, ActionExample } from "./types";

export function action(file: string, name: string, ...examples: ActionExample[]): ActionEntry {
  return { kind: "action", file, name, examples };
}

/** A useActionState form action: (previous state, form data). */
export const form = (fields: Record<string, string | string[]>) => [null, formData(fields)];

let counter = 0;
/** Unique per call within a run (the world's password holds the run's random part). */
export function uniqueOf(world: { password: string }): string {
  return `${world.password.slice(-6)}-${Date.now().toString(36)}-${counter++}`;
}
