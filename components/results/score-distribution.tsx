"use client";

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, XAxis, YAxis } from "recharts";
import type { HistogramBin } from "@/lib/results/statistics";

const binLabel = (b: HistogramBin) => `${b.from}–${b.to}%`;

/**
 * The chart is for sighted readers at a glance; the table under it carries the same numbers for everyone,
 * so the chart itself is hidden from assistive technology rather than described twice.
 */
export function ScoreDistribution({ bins }: { bins: HistogramBin[] }) {
  const data = bins.map((b) => ({ label: binLabel(b), count: b.count }));
  return (
    <figure aria-labelledby="distribution-caption">
      <div aria-hidden="true" className="h-60 w-full">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data} accessibilityLayer={false} margin={{ top: 8, right: 8, left: 0, bottom: 8 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            {/* Every range's label where it fits; on a phone recharts leaves out the ones that would overlap. */}
            <XAxis dataKey="label" tick={{ fontSize: 12 }} interval="preserveStartEnd" minTickGap={2} />
            <YAxis allowDecimals={false} width={32} />
            <Bar dataKey="count" fill="#1e40af" isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <figcaption id="distribution-caption" className="mt-2">
        <table className="text-left text-sm">
          <caption className="mb-1 text-left font-medium">
            Number of students per score range (ranges with no students are left out)
          </caption>
          <thead>
            <tr>
              <th scope="col" className="pr-4">
                Score
              </th>
              <th scope="col">Students</th>
            </tr>
          </thead>
          <tbody>
            {bins
              .filter((b) => b.count > 0)
              .map((b) => (
                <tr key={b.from}>
                  <th scope="row" className="pr-4 font-normal">
                    {binLabel(b)}
                  </th>
                  <td>{b.count}</td>
                </tr>
              ))}
          </tbody>
        </table>
      </figcaption>
    </figure>
  );
}
