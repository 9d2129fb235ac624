import { csvRoute } from "@/lib/http/csv-route";
import { exportItemAnalysis } from "@/lib/results/item-analysis-export";

export const GET = csvRoute<{ assignmentId: string }>((viewer, { assignmentId }) =>
  exportItemAnalysis(viewer, assignmentId),
);
