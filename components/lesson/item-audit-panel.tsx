import type { LessonAudit } from "@/lib/content/audit-queries";
import { auditLines, verdictText, type AuditLine } from "./audit-words";

// Each finding says in words whether it passes; colour only repeats it.
const STATUS: Record<AuditLine["status"], { word: string; className: string } | null> = {
  ok: { word: "OK", className: "font-semibold text-green-900" },
  fail: { word: "Needs work", className: "font-semibold text-amber-900" },
  info: null,
};

/** The lesson's item audit for its teacher: what a student could score without reading, and how keys are spread. */
export function ItemAuditPanel({ audit }: { audit: LessonAudit }) {
  const noted = Object.keys(audit.warnings).length;
  return (
    <section
      aria-labelledby="item-audit-heading"
      className="mb-8 rounded-lg border border-stone-300 bg-white p-4"
    >
      <h2 id="item-audit-heading" className="text-xl font-semibold">
        Item audit
      </h2>
      <p className="mt-1 text-sm text-stone-700">
        What a test-wise student could score on the choice questions without reading the passage.
      </p>
      <p className="mt-2 font-medium">{verdictText(audit)}</p>
      <ul className="mt-2 flex flex-col gap-1">
        {auditLines(audit).map((line) => {
          const status = STATUS[line.status];
          return (
            <li key={line.id}>
              {status && <span className={status.className}>{status.word}: </span>}
              {line.text}
            </li>
          );
        })}
      </ul>
      {noted > 0 && (
        <p className="mt-2 text-sm text-stone-700">
          {noted === 1 ? "One question has a note" : `${noted} questions have notes`} from the audit beside
          them under “Questions and answers”.
        </p>
      )}
    </section>
  );
}
