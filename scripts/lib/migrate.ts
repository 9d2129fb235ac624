import { execFileSync } from "node:child_process";
import path from "node:path";

const prismaBin = path.join(process.cwd(), "node_modules", ".bin", "prisma");

/** Applies committed migrations through the WebAssembly schema engine (see prisma.config.ts). */
export function migrateDeploy(databaseUrl: string, quiet = false) {
  execFileSync(prismaBin, ["migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: databaseUrl, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
    stdio: quiet ? "pipe" : "inherit",
  });
}
