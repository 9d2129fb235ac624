"use client";

import Link from "next/link";
import { useEffect, useRef, useState } from "react";
import { createDraftLessonsAction } from "@/lib/import/actions";
import type { ArticlePreview } from "@/lib/import/preview";
import { Button, buttonClass } from "../ui/button";
import { FormMessage } from "../ui/form-message";
import { useFormAction } from "../ui/use-form-action";

type Section = { heading: string; start: number };

const headingFrom = (excerpt: string) =>
  excerpt
    .split(/\s+/)
    .slice(0, 6)
    .join(" ")
    .replace(/[.,;:…]+$/, "");

/**
 * The detected sections, correctable before anything is generated: rename a heading, merge a section into the one
 * before it, or split one before any of its paragraphs. Only the section boundaries change, never the text.
 */
export function SectionEditor({
  preview,
  text,
  kind,
  continueToQuestions,
}: {
  preview: ArticlePreview;
  text: string;
  kind: string;
  /** Inside "Import questions": once created, the next step is the question file for this article. */
  continueToQuestions: boolean;
}) {
  const [sections, setSections] = useState<Section[]>(preview.sections);
  const [announcement, setAnnouncement] = useState("");
  const [focusIndex, setFocusIndex] = useState<number | null>(null);
  const headingRefs = useRef<(HTMLInputElement | null)[]>([]);
  const { state, pending, formRef, onSubmit } = useFormAction(createDraftLessonsAction);

  useEffect(() => {
    if (focusIndex !== null) headingRefs.current[focusIndex]?.focus();
  }, [focusIndex, sections]);

  const paragraphsOf = (i: number) =>
    preview.paragraphs.filter(
      (p) => p.start >= sections[i]!.start && p.start < (sections[i + 1]?.start ?? Infinity),
    );

  function rename(i: number, heading: string) {
    setSections((all) => all.map((s, j) => (j === i ? { ...s, heading } : s)));
  }
  function mergeIntoPrevious(i: number) {
    setSections((all) => all.filter((_, j) => j !== i));
    setAnnouncement(`Merged into section ${i}. ${sections.length - 1} sections.`);
    setFocusIndex(i - 1);
  }
  function split(i: number, start: number) {
    const paragraph = preview.paragraphs.find((p) => p.start === start);
    if (!paragraph) return;
    setSections((all) => [
      ...all.slice(0, i + 1),
      { heading: headingFrom(paragraph.excerpt), start },
      ...all.slice(i + 1),
    ]);
    setAnnouncement(
      `Split: a new section ${i + 2} starts with "${paragraph.excerpt}". ${sections.length + 1} sections.`,
    );
    setFocusIndex(i + 1);
  }

  const sectionErrors = state && !state.ok ? state.fieldErrors?.sections : undefined;
  return (
    <section
      aria-labelledby="structure-heading"
      className="mt-6 rounded-lg border border-stone-300 bg-white p-5"
    >
      <h2 id="structure-heading" className="text-xl font-semibold">
        Check the structure
      </h2>
      <p className="mb-3 text-stone-700">
        <strong>{preview.title}</strong>
        {preview.byline && <> by {preview.byline}</>}. Lectern makes one lesson per section and an overview.
        Rename, merge or split sections before the questions are written. {preview.limits}
      </p>
      <p role="status" className="sr-only">
        {announcement}
      </p>
      <ol className="flex flex-col gap-4">
        {sections.map((s, i) => {
          const paragraphs = paragraphsOf(i);
          const splitId = `split-${s.start}`;
          return (
            <li key={s.start} className="rounded-md border border-stone-300 p-3">
              <label htmlFor={`heading-${s.start}`} className="font-medium">
                Section {i + 1} heading
              </label>
              <input
                id={`heading-${s.start}`}
                ref={(el) => {
                  headingRefs.current[i] = el;
                }}
                value={s.heading}
                maxLength={200}
                onChange={(e) => rename(i, e.target.value)}
                className="mt-1 block min-h-11 w-full rounded-md border border-stone-400 px-3 py-2"
              />
              <p className="mt-1 text-sm text-stone-700">
                {paragraphs.length} paragraph{paragraphs.length === 1 ? "" : "s"}, starting “
                {paragraphs[0]?.excerpt}”
              </p>
              <div className="mt-2 flex flex-wrap items-end gap-3">
                {i > 0 && (
                  <Button variant="secondary" onClick={() => mergeIntoPrevious(i)}>
                    Merge into section {i}
                  </Button>
                )}
                {paragraphs.length > 1 && (
                  <form
                    className="flex max-w-full flex-wrap items-end gap-2"
                    onSubmit={(e) => {
                      e.preventDefault();
                      split(i, Number(new FormData(e.currentTarget).get("start")));
                    }}
                  >
                    <div className="flex max-w-full flex-col gap-1">
                      <label htmlFor={splitId} className="text-sm font-medium">
                        Split section {i + 1} before
                      </label>
                      <select
                        id={splitId}
                        name="start"
                        className="min-h-11 w-full max-w-md rounded-md border border-stone-400 px-2"
                      >
                        {paragraphs.slice(1).map((p) => (
                          <option key={p.start} value={p.start}>
                            {p.excerpt}
                          </option>
                        ))}
                      </select>
                    </div>
                    <Button type="submit" variant="secondary">
                      Split section {i + 1}
                    </Button>
                  </form>
                )}
              </div>
            </li>
          );
        })}
      </ol>
      <form ref={formRef} onSubmit={onSubmit} noValidate className="mt-4 flex flex-col gap-3">
        <input type="hidden" name="text" value={text} />
        <input type="hidden" name="kind" value={kind} />
        <input type="hidden" name="sections" value={JSON.stringify(sections)} />
        {sectionErrors && <p className="text-sm text-red-800">{sectionErrors.join(" ")}</p>}
        <FormMessage
          state={
            state?.ok
              ? { ok: true, message: `Created ${state.data.lessons} draft lessons from the article.` }
              : state
          }
        />
        {state?.ok && continueToQuestions ? (
          <Link
            href={`/teacher/import-questions?article=${state.data.articleId}`}
            className={`${buttonClass("primary")} self-start`}
          >
            Continue: import your questions
          </Link>
        ) : state?.ok ? (
          <Link href={`/teacher/import/${state.data.articleId}`} className="underline">
            Review the draft questions
          </Link>
        ) : (
          <Button type="submit" disabled={pending} className="self-start">
            {pending ? "Creating…" : "Create draft lessons"}
          </Button>
        )}
      </form>
    </section>
  );
}
