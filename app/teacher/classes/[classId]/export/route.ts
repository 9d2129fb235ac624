import { csvRoute } from "@/lib/http/csv-route";
import { exportClassGradebook } from "@/lib/results/gradebook";

export const GET = csvRoute<{ classId: string }>((viewer, { classId }) =>
  exportClassGradebook(viewer, classId),
);
