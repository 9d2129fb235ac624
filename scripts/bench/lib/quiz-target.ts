import { haproxyMissing, startCluster } from "../../lib/cluster";
import { startNextServer } from "./next-server";

export type QuizTarget = {
  baseUrl: string;
  servers: number;
  /** SIGKILLs the first server (cluster only): what a crashed container looks like to the balancer. */
  killOne?: () => void;
  stop: () => Promise<void>;
};

/** One production server on `port`, or `servers` of them behind HAProxy on `port` (servers on the next ports). */
export async function startQuizTarget(
  databaseUrl: string,
  port: number,
  servers: number | undefined,
  secret: string,
): Promise<QuizTarget> {
  if (servers === undefined) {
    const next = await startNextServer(databaseUrl, port, { NEXTAUTH_SECRET: secret });
    return { ...next, servers: 1 };
  }
  const missing = haproxyMissing();
  if (missing) throw new Error(missing);
  const cluster = await startCluster({
    port,
    serverPorts: Array.from({ length: servers }, (_, i) => port + 1 + i),
    env: {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_URL: databaseUrl,
      NEXTAUTH_SECRET: secret,
      NEXTAUTH_URL: `http://127.0.0.1:${port}`,
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  return {
    baseUrl: cluster.baseUrl,
    servers,
    killOne: () => cluster.servers[0]!.kill("SIGKILL"),
    stop: cluster.stop,
  };
}
