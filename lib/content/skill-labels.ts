import type { Skill } from "./schema";

/**
 * Skills as every page names them. A module of its own, like type-labels.ts, so a client component can name skills
 * without bundling schema.ts and zod with it (the report's item analysis did: 30 KiB of gzip).
 */
export const SKILL_LABELS: Record<Skill, string> = {
  main_idea: "Main idea",
  detail: "Detail",
  vocabulary: "Vocabulary in context",
  sequence: "Sequence",
  cause_effect: "Cause and effect",
  perspective: "Author's perspective",
  claim_vs_criticism: "Claim vs. criticism",
  inference: "Inference",
  fact_opinion: "Fact vs. opinion",
};
