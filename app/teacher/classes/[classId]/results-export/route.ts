import { csvRoute } from "@/lib/http/csv-route";
import { exportClassResultsLong } from "@/lib/results/long-export";

export const GET = csvRoute<{ classId: string }>((viewer, { classId }) =>
  exportClassResultsLong(viewer, classId),
);
