import { execFileSync } from "node:child_process";
import { bin } from "./process";

/** Applies committed migrations through the WebAssembly schema engine (see prisma.config.ts). */
export function migrateDeploy(databaseUrl: string, quiet = false) {
  execFileSync(bin("prisma"), ["migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: databaseUrl, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
    stdio: quiet ? "pipe" : "inherit",
  });
}
