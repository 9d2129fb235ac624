"use client";

import { LocalDay, LocalTime } from "../ui/local-time";
import { formatPercent } from "./format";
import { ColumnHeaders } from "@/components/ui/column-headers";

export type ScorePoint = { id: string; title: string; percent: number; submittedAt: Date | string };

const GRID = [0, 25, 50, 75, 100];

/**
 * Scores in the order they were earned; the table under the chart is the text alternative with the same data, so
 * the chart is hidden from assistive technology. Drawn with one SVG line stretched over the plot (its stroke keeps
 * its width) and the dots and labels in HTML, so it needs no chart library (over 100 KiB of the page's JavaScript,
 * issue 19) and fits any width. A client component only for the days, shown in the reader's time zone.
 */
export function ScoreOverTime({ points, caption }: { points: ScorePoint[]; caption: string }) {
  if (points.length === 0) return <p>No scores yet.</p>;
  const plotted = points.map((p, i) => ({
    id: p.id,
    x: points.length === 1 ? 50 : (i / (points.length - 1)) * 100,
    y: Math.min(100, Math.max(0, p.percent)),
  }));
  const days = [points[0]!, ...(points.length > 1 ? [points.at(-1)!] : [])];
  return (
    <figure>
      <div aria-hidden="true" data-testid="score-over-time-chart">
        <div className="flex h-56 w-full gap-2 py-2 text-xs text-stone-700">
          <div className="relative w-9 shrink-0">
            {GRID.map((v) => (
              <span key={v} className="absolute right-0 translate-y-1/2" style={{ bottom: `${v}%` }}>
                {v}%
              </span>
            ))}
          </div>
          <div className="relative flex-1 border-b border-l border-stone-500">
            {GRID.slice(1).map((v) => (
              <div
                key={v}
                className="absolute inset-x-0 border-t border-dashed border-stone-300"
                style={{ bottom: `${v}%` }}
              />
            ))}
            <div className="absolute inset-x-3 inset-y-0">
              <svg
                className="absolute inset-0 h-full w-full overflow-visible"
                viewBox="0 0 100 100"
                preserveAspectRatio="none"
              >
                <polyline
                  points={plotted.map((p) => `${p.x},${100 - p.y}`).join(" ")}
                  fill="none"
                  stroke="#1e40af"
                  strokeWidth={2}
                  vectorEffect="non-scaling-stroke"
                />
              </svg>
              {plotted.map((p) => (
                <span
                  key={p.id}
                  data-testid="score-point"
                  className="absolute size-2 -translate-x-1/2 translate-y-1/2 rounded-full bg-blue-800"
                  style={{ left: `${p.x}%`, bottom: `${p.y}%` }}
                />
              ))}
            </div>
          </div>
        </div>
        <div className="ml-11 flex justify-between px-3 text-xs text-stone-700">
          {days.map((p) => (
            <LocalDay key={p.id} date={p.submittedAt} />
          ))}
        </div>
      </div>
      <figcaption>
        <table className="mt-2 w-full text-left text-sm">
          <caption className="mb-1 text-left font-medium">{caption}</caption>
          <ColumnHeaders labels={["Submitted", "Lesson", "Score"]} />
          <tbody>
            {points.map((p) => (
              <tr key={p.id} className="border-b border-stone-200">
                <td className="py-1 pr-3">
                  <LocalTime date={p.submittedAt} />
                </td>
                <th scope="row" className="py-1 pr-3 font-normal">
                  {p.title}
                </th>
                <td className="py-1">{formatPercent(p.percent)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </figcaption>
    </figure>
  );
}
