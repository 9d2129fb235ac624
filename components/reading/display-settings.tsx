"use client";

import { useId, useState } from "react";
import { SelectField } from "@/components/ui/select-field";
import {
  LINE_SPACINGS,
  TEXT_SIZES,
  type ReadingSettings,
  type ReadingThemeChoice,
} from "@/lib/reading/preferences-rules";
import { useReadingSurface } from "./display-settings-surface";

const THEMES: { value: ReadingThemeChoice; label: string }[] = [
  { value: "system", label: "Follow this device" },
  { value: "light", label: "Light" },
  { value: "dark", label: "Dark" },
  { value: "high_contrast", label: "High contrast" },
];

const textSizes = TEXT_SIZES.map((n) => ({ value: String(n), label: `${n}%` }));
const lineSpacings = LINE_SPACINGS.map((n) => ({ value: String(n), label: (n / 10).toFixed(1) }));

/** "Adjust the page": text size, line spacing, reading font, line focus and theme, behind one disclosure button. */
export function DisplaySettings() {
  const { settings, update, unsaved } = useReadingSurface();
  const [open, setOpen] = useState(false);
  const id = useId();
  const panel = `${id}-panel`;
  const number = (key: keyof Pick<ReadingSettings, "textSize" | "lineSpacing">) => ({
    value: String(settings[key]),
    onChange: (e: { target: { value: string } }) => update({ [key]: Number(e.target.value) }),
  });

  return (
    <div className="contents">
      <button
        type="button"
        aria-expanded={open}
        aria-controls={panel}
        onClick={() => setOpen(!open)}
        className="min-h-11 rounded-md border border-stone-400 bg-white px-3 font-medium text-stone-900"
      >
        Display
      </button>
      <fieldset
        id={panel}
        hidden={!open}
        className="order-1 grid basis-full gap-3 rounded-lg border border-stone-300 bg-white p-3 sm:grid-cols-2"
      >
        <legend className="sr-only">Display settings</legend>
        <SelectField id={`${id}-size`} label="Text size" options={textSizes} {...number("textSize")} />
        <SelectField
          id={`${id}-spacing`}
          label="Line spacing"
          options={lineSpacings}
          {...number("lineSpacing")}
        />
        <SelectField
          id={`${id}-theme`}
          label="Colours"
          options={THEMES}
          value={settings.theme}
          onChange={(e) => update({ theme: e.target.value as ReadingThemeChoice })}
        />
        <Check
          label="Reading font"
          hint="OpenDyslexic, for dyslexic readers"
          checked={settings.font === "dyslexic"}
          onChange={(on) => update({ font: on ? "dyslexic" : "standard" })}
        />
        <Check
          label="Line focus"
          hint="Dims the passage around the sentence you point at or move to with the arrow keys"
          checked={settings.lineFocus}
          onChange={(on) => update({ lineFocus: on })}
        />
      </fieldset>
      {unsaved && (
        <p role="status" className="order-2 basis-full font-semibold">
          {unsaved}
        </p>
      )}
    </div>
  );
}

type CheckProps = { label: string; hint: string; checked: boolean; onChange: (on: boolean) => void };

function Check({ label, hint, checked, onChange }: CheckProps) {
  return (
    <label className="flex min-h-11 items-center gap-2">
      <input
        type="checkbox"
        className="size-5"
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
      />
      <span>
        {label} <span className="block text-sm text-stone-700">{hint}</span>
      </span>
    </label>
  );
}
