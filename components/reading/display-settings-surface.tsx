"use client";

import "@fontsource/opendyslexic/latin-400.css";
import "@fontsource/opendyslexic/latin-700.css";
import "./display-settings.css";
import { createContext, use, useRef, useState, type ReactNode } from "react";
import { saveReadingPreferencesAction } from "@/lib/reading/preferences-actions";
import type { ReadingSettings } from "@/lib/reading/preferences-rules";

type Surface = {
  settings: ReadingSettings;
  /** Applies a change at once and, for a signed-in reader's own page, saves it. */
  update: (change: Partial<ReadingSettings>) => void;
  /** Why the last change was not saved; null once one is. */
  unsaved: string | null;
};

const SurfaceContext = createContext<Surface | null>(null);

export function useReadingSurface(): Surface {
  const surface = use(SurfaceContext);
  if (!surface) throw new Error("useReadingSurface is used inside a ReadingSurface");
  return surface;
}

type Props = {
  /** The settings the server read (the student's own over their teacher's class defaults), so the first paint has them. */
  initial: ReadingSettings;
  /** Save changes for the viewer (a teacher's preview only tries them out). */
  persist: boolean;
  children: ReactNode;
};

/**
 * The reading column with the reader's display settings applied (display-settings.css), and the state the reading
 * tools change. Changes are saved one after another, so the last one made is the one stored.
 */
export function ReadingSurface({ initial, persist, children }: Props) {
  const [settings, setSettings] = useState(initial);
  const [unsaved, setUnsaved] = useState<string | null>(null);
  const saving = useRef<Promise<unknown>>(Promise.resolve());

  const update = (change: Partial<ReadingSettings>) => {
    setSettings((s) => ({ ...s, ...change }));
    if (!persist) return;
    saving.current = saving.current.then(() =>
      saveReadingPreferencesAction(change).then(
        (state) => setUnsaved(state?.ok ? null : (state?.message ?? "Not saved.")),
        () => setUnsaved("Not saved: no connection. The change applies on this page until you reload."),
      ),
    );
  };

  return (
    <SurfaceContext value={{ settings, update, unsaved }}>
      <div
        className="reading-surface p-2 sm:p-3"
        data-text-size={settings.textSize}
        data-line-spacing={settings.lineSpacing}
        data-font={settings.font}
        data-line-focus={settings.lineFocus ? "on" : "off"}
        data-theme={settings.theme}
      >
        {children}
      </div>
    </SurfaceContext>
  );
}
