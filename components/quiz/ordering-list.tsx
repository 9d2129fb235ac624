"use client";

import { ORDERING_CREDIT_NOTE } from "@/lib/grading/grade";
import { Button } from "../ui/button";

type Props = {
  choices: { id: string; text: string }[];
  order: string[] | null;
  onChange: (order: string[]) => void;
};

/** Reordering with buttons rather than drag and drop, so it works the same by keyboard, touch and mouse. */
export function OrderingList({ choices, order, onChange }: Props) {
  const ids = order ?? choices.map((c) => c.id);
  const text = new Map(choices.map((c) => [c.id, c.text]));
  const move = (from: number, to: number) => {
    const next = [...ids];
    const [item] = next.splice(from, 1);
    next.splice(to, 0, item!);
    onChange(next);
  };
  return (
    <div>
      <p className="mb-2 text-sm text-stone-700">
        Put the items in order with the Move buttons. {ORDERING_CREDIT_NOTE}
      </p>
      <ol className="flex flex-col gap-2">
        {ids.map((id, i) => (
          <li
            key={id}
            className="flex flex-wrap items-center gap-2 rounded-md border border-stone-300 bg-white p-2"
          >
            <span className="w-6 text-right font-semibold" aria-hidden="true">
              {i + 1}.
            </span>
            <span className="min-w-0 flex-1">{text.get(id)}</span>
            <Button
              variant="secondary"
              disabled={i === 0}
              onClick={() => move(i, i - 1)}
              aria-label={`Move up: ${text.get(id)}`}
            >
              ↑ Up
            </Button>
            <Button
              variant="secondary"
              disabled={i === ids.length - 1}
              onClick={() => move(i, i + 1)}
              aria-label={`Move down: ${text.get(id)}`}
            >
              ↓ Down
            </Button>
          </li>
        ))}
      </ol>
      {order === null && (
        <Button variant="secondary" className="mt-2" onClick={() => onChange(ids)}>
          Keep this order as my answer
        </Button>
      )}
    </div>
  );
}
