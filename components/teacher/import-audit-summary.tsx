import Link from "next/link";
import { blindLine, verdictText } from "@/components/lesson/audit-words";
import type { LessonAudit } from "@/lib/content/audit-queries";

/** One draft lesson's item audit in a sentence or two, for the import review; the lesson's page has the rest. */
export function ImportAuditSummary({
  lessonId,
  lessonTitle,
  audit,
}: {
  lessonId: string;
  lessonTitle: string;
  audit: LessonAudit | undefined;
}) {
  if (!audit) return null;
  return (
    <p className="mt-2 text-sm text-stone-800">
      <span className="font-semibold">Item audit. </span>
      {verdictText(audit)} {blindLine(audit).text}{" "}
      <Link href={`/teacher/lessons/${lessonId}#item-audit-heading`} className="underline">
        Full audit<span className="sr-only"> of {lessonTitle}</span>
      </Link>
    </p>
  );
}
