"use client";

import { useEffect, useRef } from "react";
import { ORDERING_CREDIT_NOTE } from "@/lib/grading/ordering-note";
import { Button } from "../ui/button";

type Props = {
  choices: { id: string; text: string }[];
  order: string[] | null;
  onChange: (order: string[]) => void;
};

type Direction = "up" | "down";

/**
 * Reordering with buttons rather than drag and drop, so it works the same by keyboard, touch and mouse. Focus
 * follows the moved item: React re-inserts its list item (which blurs the button pressed), and a button that
 * becomes disabled at the top or bottom cannot keep focus, so the item's other button takes it.
 */
export function OrderingList({ choices, order, onChange }: Props) {
  const ids = order ?? choices.map((c) => c.id);
  const text = new Map(choices.map((c) => [c.id, c.text]));
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const focusAfterMove = useRef<{ id: string; direction: Direction } | null>(null);
  useEffect(() => {
    const wanted = focusAfterMove.current;
    if (!wanted) return;
    focusAfterMove.current = null;
    const same = buttons.current.get(`${wanted.id}:${wanted.direction}`);
    const other = buttons.current.get(`${wanted.id}:${wanted.direction === "up" ? "down" : "up"}`);
    (same && !same.disabled ? same : other)?.focus();
  });
  const register = (key: string) => (el: HTMLButtonElement | null) => {
    if (el) buttons.current.set(key, el);
    else buttons.current.delete(key);
  };
  const move = (from: number, direction: Direction) => {
    const next = [...ids];
    const [item] = next.splice(from, 1);
    next.splice(direction === "up" ? from - 1 : from + 1, 0, item!);
    focusAfterMove.current = { id: item!, direction };
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
            // On a phone the text takes the whole width and the buttons sit under it, rather than squeezing it.
            className="flex flex-col gap-2 rounded-md border border-stone-300 bg-white p-2 sm:flex-row sm:items-center"
          >
            <span className="flex min-w-0 flex-1 gap-2">
              <span className="w-6 shrink-0 text-right font-semibold" aria-hidden="true">
                {i + 1}.
              </span>
              <span className="min-w-0 flex-1 break-words">{text.get(id)}</span>
            </span>
            <span className="flex shrink-0 gap-2 self-end sm:self-auto">
              <Button
                variant="secondary"
                ref={register(`${id}:up`)}
                disabled={i === 0}
                onClick={() => move(i, "up")}
                aria-label={`Move up: ${text.get(id)}`}
              >
                ↑ Up
              </Button>
              <Button
                variant="secondary"
                ref={register(`${id}:down`)}
                disabled={i === ids.length - 1}
                onClick={() => move(i, "down")}
                aria-label={`Move down: ${text.get(id)}`}
              >
                ↓ Down
              </Button>
            </span>
          </li>
        ))}
      </ol>
      {order === null && (
        <Button
          variant="secondary"
          className="mt-2"
          onClick={() => {
            // This button goes away once the order is an answer; focus stays in the list.
            focusAfterMove.current = { id: ids[0]!, direction: "down" };
            onChange(ids);
          }}
        >
          Keep this order as my answer
        </Button>
      )}
    </div>
  );
}
