import type { SkillResult } from "@/lib/results/skill-breakdown";
import { formatPercent } from "./format";
import { WEAK_PERCENT, skillSummary } from "./skill-summary";
import { ColumnHeaders } from "@/components/ui/column-headers";

/** Percent of points per skill tag, with a bar to scan and the number in text for everyone. */
export function SkillTable({ skills, caption }: { skills: SkillResult[]; caption: string }) {
  return (
    <div>
      <p className="mb-3">{skillSummary(skills)}</p>
      <table className="w-full text-left" data-testid="skill-table">
        <caption className="sr-only">{caption}</caption>
        <ColumnHeaders labels={["Skill", "Points earned", "Answers"]} />
        <tbody>
          {skills.map((s) => (
            <tr key={s.skill} className="border-b border-stone-200">
              <th scope="row" className="py-2 pr-3 font-medium">
                {s.label}
              </th>
              <td className="py-2 pr-3">
                <span className="inline-block w-14 font-semibold">{formatPercent(s.percent)}</span>
                <span
                  aria-hidden="true"
                  className="ml-2 inline-block h-3 w-40 rounded bg-stone-200 align-middle"
                >
                  <span
                    className={`block h-3 rounded ${s.percent !== null && s.percent < WEAK_PERCENT ? "bg-amber-600" : "bg-blue-800"}`}
                    style={{ width: `${s.percent ?? 0}%` }}
                  />
                </span>
              </td>
              <td className="py-2">{s.answers}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
