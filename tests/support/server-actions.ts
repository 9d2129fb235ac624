import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { getURLFromRedirectError } from "next/dist/client/components/redirect";
import { isRedirectError } from "next/dist/client/components/redirect-error";
import { isHTTPAccessFallbackError } from "next/dist/client/components/http-access-fallback/http-access-fallback";

const ROOT = path.resolve(import.meta.dirname, "../..");
const SEARCHED = ["app", "components", "lib"];
const USE_SERVER = /["']use server["']/;
// The directive counts only as a module's first statement (after comments); anywhere else it marks one inline
// function as an action, which no list of exports can find.
const MODULE_DIRECTIVE = /^(?:\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*["']use server["'];?/;

export type ServerAction = { name: string; file: string; fn: (...args: unknown[]) => Promise<unknown> };

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { recursive: true, encoding: "utf8" })
    .filter((f) => /\.tsx?$/.test(f) && !f.includes("generated") && !f.endsWith(".d.ts"))
    .map((f) => path.join(dir, f));
}

/** Files mentioning "use server", and which of them hold it as their module directive. */
export function serverActionFiles(): { modules: string[]; inline: string[] } {
  const mentioning = SEARCHED.flatMap(sourceFiles).filter((f) =>
    USE_SERVER.test(readFileSync(path.join(ROOT, f), "utf8")),
  );
  const modules = mentioning.filter((f) => MODULE_DIRECTIVE.test(readFileSync(path.join(ROOT, f), "utf8")));
  return { modules, inline: mentioning.filter((f) => !modules.includes(f)) };
}

/** Every function a "use server" module exports: each is an endpoint any browser can call with any arguments. */
export async function serverActions(): Promise<ServerAction[]> {
  const actions: ServerAction[] = [];
  for (const file of serverActionFiles().modules) {
    const mod = (await import(path.join(ROOT, file))) as Record<string, unknown>;
    for (const [name, fn] of Object.entries(mod)) {
      if (typeof fn === "function") actions.push({ name, file, fn: fn as ServerAction["fn"] });
    }
  }
  return actions;
}

/**
 * What an action answered, in a word a test can compare: the redirect's target, "not-found", or the form state's
 * code. Anything else thrown (what Next.js answers with a 500) is rethrown.
 */
export async function actionOutcome(call: () => Promise<unknown>): Promise<string> {
  try {
    const state = (await call()) as { ok?: boolean; code?: string } | null | undefined;
    if (state?.ok === true) return "ok";
    return state?.ok === false ? `state:${state.code ?? "no code"}` : "returned";
  } catch (error) {
    if (isRedirectError(error)) return `redirect:${getURLFromRedirectError(error)}`;
    if (isHTTPAccessFallbackError(error)) return "not-found";
    throw error;
  }
}
