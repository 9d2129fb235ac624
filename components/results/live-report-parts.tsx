"use client";

import Link from "next/link";
import type { LiveReport } from "@/lib/results/live-report";
import { buttonClass } from "../ui/button";
import { formatPercent } from "./format";
import { ScoreDistribution } from "./score-distribution";
import { useLiveReport } from "./use-live-report";

type Props = { assignmentId: string; initial: LiveReport; closed: boolean };

/** The summary cards: counts and scores, refreshed with the progress table. */
export function LiveSummary(props: Props) {
  const { completion, scores } = useLiveReport(props).data.summary;
  const facts: [string, string | number][] = [
    ["Students", completion.enrolled],
    ["Submitted", completion.submitted],
    ["Working", completion.inProgress],
    ["Not started", completion.notStarted],
    ["Missing", completion.missing],
    ["Mean score", formatPercent(scores.mean)],
    ["Median score", formatPercent(scores.median)],
    [
      "Median time to submit",
      completion.medianMinutes === null ? "—" : `${Math.round(completion.medianMinutes)} min`,
    ],
  ];
  return (
    <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4" data-testid="report-summary">
      {facts.map(([label, value]) => (
        <div key={label} className="rounded-lg border border-stone-300 bg-white p-3">
          <dt className="text-sm text-stone-700">{label}</dt>
          <dd className="text-2xl font-semibold">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The score distribution, redrawn as attempts are submitted. */
export function LiveDistribution(props: Props) {
  const { completion, scores } = useLiveReport(props).data.summary;
  if (completion.submitted === 0) return <p>No submissions yet.</p>;
  return <ScoreDistribution bins={scores.distribution} />;
}

/** "Grade open responses (N to grade)", counting the responses that wait as they arrive. */
export function LiveGradeLink(props: Props) {
  const waiting = useLiveReport(props).data.summary.completion.needsGrading;
  if (waiting === 0) return null;
  return (
    <Link href={`/teacher/assignments/${props.assignmentId}/grading`} className={buttonClass()}>
      Grade open responses ({waiting} to grade)
    </Link>
  );
}
