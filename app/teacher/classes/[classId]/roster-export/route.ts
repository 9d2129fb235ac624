import { exportClassRoster } from "@/lib/classes/roster-export";
import { csvRoute } from "@/lib/http/csv-route";

export const GET = csvRoute<{ classId: string }>((viewer, { classId }) => exportClassRoster(viewer, classId));
