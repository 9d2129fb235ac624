"use client";

import { CartesianGrid, Line, LineChart, ResponsiveContainer, XAxis, YAxis } from "recharts";
import { LocalTime } from "../ui/local-time";
import { formatPercent } from "./format";
import { ColumnHeaders } from "@/components/ui/column-headers";

export type ScorePoint = { id: string; title: string; percent: number; submittedAt: Date | string };

const DAY_FORMAT = new Intl.DateTimeFormat(undefined, { month: "short", day: "numeric" });

/** Scores in the order they were earned; the table beside the chart is the text alternative with the same data. */
export function ScoreOverTime({ points, caption }: { points: ScorePoint[]; caption: string }) {
  if (points.length === 0) return <p>No scores yet.</p>;
  const data = points.map((p) => ({
    label: DAY_FORMAT.format(new Date(p.submittedAt)),
    percent: Math.round(p.percent * 10) / 10,
  }));
  return (
    <figure>
      <div aria-hidden="true" className="h-56 w-full">
        <ResponsiveContainer width="100%" height="100%">
          <LineChart
            data={data}
            accessibilityLayer={false}
            margin={{ top: 8, right: 16, left: 0, bottom: 8 }}
          >
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="label" tick={{ fontSize: 12 }} />
            <YAxis domain={[0, 100]} width={48} unit="%" tick={{ fontSize: 12 }} />
            <Line dataKey="percent" stroke="#1e40af" strokeWidth={2} isAnimationActive={false} />
          </LineChart>
        </ResponsiveContainer>
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
