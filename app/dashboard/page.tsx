import { redirect } from "next/navigation";
import { getViewer } from "@/lib/auth/get-viewer";

/** Where sign-in lands: each person's own home. */
export default async function DashboardRedirect() {
  const viewer = await getViewer();
  redirect(!viewer ? "/sign-in" : viewer.role === "teacher" ? "/teacher/classes" : "/student");
}
