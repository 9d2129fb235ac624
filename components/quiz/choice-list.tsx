"use client";

type Props = {
  name: string;
  multiple: boolean;
  choices: { id: string; text: string }[];
  selected: string[];
  onChange: (selected: string[]) => void;
};

/** Native radios or checkboxes: keyboard, touch and screen readers work without extra code. */
export function ChoiceList({ name, multiple, choices, selected, onChange }: Props) {
  return (
    <div className="flex flex-col gap-2">
      {choices.map((c) => {
        const checked = selected.includes(c.id);
        return (
          <label
            key={c.id}
            className="flex min-h-11 cursor-pointer items-start gap-3 rounded-md border border-stone-300 bg-white p-3 has-checked:border-blue-800 has-checked:bg-blue-50"
          >
            <input
              type={multiple ? "checkbox" : "radio"}
              name={name}
              value={c.id}
              checked={checked}
              onChange={() =>
                onChange(
                  multiple ? (checked ? selected.filter((id) => id !== c.id) : [...selected, c.id]) : [c.id],
                )
              }
              className="mt-1 size-5 shrink-0"
            />
            <span>{c.text}</span>
          </label>
        );
      })}
    </div>
  );
}
