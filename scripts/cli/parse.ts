import { parseArgs, type ParseArgsConfig } from "node:util";
import { CliError } from "./cli-error";

/** node:util parseArgs, with unknown options and missing values reported as usage errors (exit code 2). */
export function parseCliArgs<O extends NonNullable<ParseArgsConfig["options"]>>(
  args: string[],
  options: O,
  help: string,
) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new CliError(`${error instanceof Error ? error.message : String(error)}\n\n${help}`, 2);
  }
}
