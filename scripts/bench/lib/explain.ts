import type pg from "pg";

type PlanNode = {
  "Node Type": string;
  "Relation Name"?: string;
  "Index Name"?: string;
  Plans?: PlanNode[];
};

export type ScanSummary = { scans: string[]; seqScansOnResponses: number };

function walk(node: PlanNode, out: PlanNode[]) {
  out.push(node);
  for (const child of node.Plans ?? []) walk(child, out);
}

/** EXPLAIN (without running) one statement and list how each table is read. */
export async function explainScans(
  client: pg.ClientBase,
  text: string,
  values: unknown[],
): Promise<ScanSummary> {
  const { rows } = await client.query<{ "QUERY PLAN": { Plan: PlanNode }[] }>(
    `EXPLAIN (FORMAT JSON) ${text}`,
    values,
  );
  const nodes: PlanNode[] = [];
  walk(rows[0]!["QUERY PLAN"][0]!.Plan, nodes);
  const scanNodes = nodes.filter((n) => n["Relation Name"]);
  return {
    scans: scanNodes.map(
      (n) =>
        `${n["Node Type"]} on ${n["Relation Name"]}${n["Index Name"] ? ` using ${n["Index Name"]}` : ""}`,
    ),
    seqScansOnResponses: scanNodes.filter(
      (n) => n["Node Type"] === "Seq Scan" && n["Relation Name"] === "Response",
    ).length,
  };
}
