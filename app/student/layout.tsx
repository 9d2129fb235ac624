import type { ReactNode } from "react";
import { AreaLayout } from "@/components/area-layout";

export default function StudentLayout({ children }: { children: ReactNode }) {
  return <AreaLayout role="student">{children}</AreaLayout>;
}
