import type { ReactNode } from "react";
import { AreaLayout } from "@/components/area-layout";

export default function TeacherLayout({ children }: { children: ReactNode }) {
  return <AreaLayout role="teacher">{children}</AreaLayout>;
}
