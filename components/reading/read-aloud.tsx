"use client";

import { useEffect, useId, useRef, useState, useSyncExternalStore } from "react";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { SPEECH_RATES } from "@/lib/reading/preferences-rules";
import { useReadingSurface } from "./display-settings-surface";
import { sectionOf, spokenSections, type SpokenUnit } from "./read-aloud-queue";

type Unit = SpokenUnit & { el: HTMLElement };
type Playing = "idle" | "playing" | "paused";

const rates = SPEECH_RATES.map((n) => ({ value: String(n), label: `${n / 100}×` }));

/** The passage's sentences (or, in a passage without them, its paragraphs) inside the reading surface. */
function unitsIn(surface: Element | null): Unit[] {
  if (!surface) return [];
  const sentences = [...surface.querySelectorAll<HTMLElement>("[data-sentence]")];
  const els = sentences.length
    ? sentences
    : [...surface.querySelectorAll<HTMLElement>("p")].filter((p) => !p.closest("[data-reading-tools]"));
  return els
    .map((el) => ({
      el,
      text: el.textContent?.trim() ?? "",
      section: sectionOf(el.dataset.sentence),
      heading: el.closest("h2, h3, h4")?.textContent?.trim() || null,
    }))
    .filter((u) => u.text !== "");
}

let voiceList: SpeechSynthesisVoice[] = [];
const NO_VOICES: SpeechSynthesisVoice[] = [];
const hasSpeech = () => "speechSynthesis" in window;

function subscribeVoices(changed: () => void) {
  if (!hasSpeech()) return () => undefined;
  const synth = window.speechSynthesis;
  const read = () => {
    voiceList = synth.getVoices();
    changed();
  };
  read();
  synth.addEventListener("voiceschanged", read);
  return () => synth.removeEventListener("voiceschanged", read);
}

/** The browser's voices, kept up to date (most browsers list them only after "voiceschanged"); null: no speech. */
const useVoices = () =>
  useSyncExternalStore(
    subscribeVoices,
    () => (hasSpeech() ? voiceList : null),
    () => NO_VOICES,
  );

/**
 * "Listen": reads the passage, or one section of it, with the browser's speech synthesis, one utterance per
 * sentence, marking the sentence being read (`data-speaking`, display-settings.css). Play, pause, resume and stop;
 * the speed and voice are the reader's settings. Where the browser has no voice, it says so.
 */
export function ReadAloud() {
  const { settings, update } = useReadingSurface();
  const id = useId();
  const root = useRef<HTMLDivElement>(null);
  const voices = useVoices();
  const [playing, setPlaying] = useState<Playing>("idle");
  const [sectionKey, setSectionKey] = useState("");
  const [sections, setSections] = useState<ReturnType<typeof spokenSections>>([]);
  const [at, setAt] = useState<{ n: number; of: number } | null>(null);
  // Each run of reading has its own number: an utterance ended by Stop (or a new Play) must not start the next.
  const run = useRef(0);
  const speaking = useRef<HTMLElement | null>(null);
  const surface = () => root.current?.closest(".reading-surface") ?? null;

  // The sections to offer, from the passage's sentences once they are on the page (after this render).
  useEffect(() => {
    if (!settings.readAloud) return;
    const frame = requestAnimationFrame(() => setSections(spokenSections(unitsIn(surface()))));
    return () => cancelAnimationFrame(frame);
  }, [settings.readAloud]);

  // Leaving the page (or closing the controls) stops the voice.
  useEffect(() => () => stop(), []); // eslint-disable-line react-hooks/exhaustive-deps

  const mark = (el: HTMLElement | null) => {
    speaking.current?.removeAttribute("data-speaking");
    speaking.current = el;
    el?.setAttribute("data-speaking", "");
    el?.scrollIntoView({ block: "nearest" });
  };

  function stop() {
    run.current += 1;
    if ("speechSynthesis" in window) window.speechSynthesis.cancel();
    mark(null);
    setAt(null);
    setPlaying("idle");
  }

  const play = () => {
    const synth = window.speechSynthesis;
    stop();
    const all = unitsIn(surface());
    const section = spokenSections(all).find((s) => s.key === sectionKey);
    const units = section ? all.slice(section.first, section.last + 1) : all;
    const voice = voices?.find((v) => v.name === settings.voiceName) ?? null;
    const mine = run.current;
    const speak = (i: number) => {
      if (run.current !== mine) return;
      const unit = units[i];
      if (!unit) return stop();
      mark(unit.el);
      setAt({ n: i + 1, of: units.length });
      const utterance = new SpeechSynthesisUtterance(unit.text);
      utterance.rate = settings.speechRate / 100;
      if (voice) {
        utterance.voice = voice;
        utterance.lang = voice.lang;
      }
      utterance.onend = () => speak(i + 1);
      utterance.onerror = (e) => {
        // Cancelling (Stop) ends the utterance with an error in some browsers; anything else stops the reading.
        if (e.error !== "interrupted" && e.error !== "canceled") stop();
      };
      synth.speak(utterance);
    };
    setPlaying("playing");
    speak(0);
  };

  const pause = () => {
    window.speechSynthesis.pause();
    setPlaying("paused");
  };
  const resume = () => {
    window.speechSynthesis.resume();
    setPlaying("playing");
  };

  const noVoice = voices === null || voices.length === 0;
  return (
    <div ref={root} className="contents">
      <button
        type="button"
        aria-expanded={settings.readAloud}
        aria-controls={`${id}-panel`}
        onClick={() => {
          if (settings.readAloud) stop();
          update({ readAloud: !settings.readAloud });
        }}
        className="min-h-11 rounded-md border border-stone-400 bg-white px-3 font-medium text-stone-900"
      >
        Listen
      </button>
      <div
        id={`${id}-panel`}
        hidden={!settings.readAloud}
        role="group"
        aria-label="Read aloud"
        className="order-1 basis-full rounded-lg border border-stone-300 bg-white p-3"
      >
        {noVoice ? (
          <p role="status">
            {voices === null
              ? "This browser cannot read aloud."
              : "This browser has no voice to read aloud with. A browser or device with speech voices installed can read the passage to you."}
          </p>
        ) : (
          <div className="grid gap-3 sm:grid-cols-2">
            {sections.length > 1 && (
              <SelectField
                id={`${id}-section`}
                label="Read"
                className="sm:col-span-2"
                options={[
                  { value: "", label: "The whole passage" },
                  ...sections.map((s) => ({ value: s.key, label: s.label })),
                ]}
                value={sectionKey}
                onChange={(e) => setSectionKey(e.target.value)}
              />
            )}
            <div className="flex flex-wrap gap-2 sm:col-span-2">
              {playing === "paused" ? (
                <Button onClick={resume}>Resume</Button>
              ) : (
                <Button onClick={play}>{playing === "playing" ? "Start again" : "Play"}</Button>
              )}
              <Button variant="secondary" onClick={pause} disabled={playing !== "playing"}>
                Pause
              </Button>
              <Button variant="secondary" onClick={stop} disabled={playing === "idle"}>
                Stop
              </Button>
            </div>
            {at && (
              <p className="text-sm text-stone-700 sm:col-span-2">
                {playing === "paused" ? "Paused at" : "Reading"} sentence {at.n} of {at.of}
              </p>
            )}
            <SelectField
              id={`${id}-rate`}
              label="Speed"
              options={rates}
              value={String(settings.speechRate)}
              onChange={(e) => update({ speechRate: Number(e.target.value) })}
            />
            <SelectField
              id={`${id}-voice`}
              label="Voice"
              options={[
                { value: "", label: "The browser's default" },
                ...voices.map((v) => ({ value: v.name, label: `${v.name} (${v.lang})` })),
              ]}
              value={voices.some((v) => v.name === settings.voiceName) ? settings.voiceName! : ""}
              onChange={(e) => update({ voiceName: e.target.value || null })}
            />
          </div>
        )}
      </div>
    </div>
  );
}
