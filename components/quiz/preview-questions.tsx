"use client";

import { useState } from "react";
import type { StudentQuestion } from "@/lib/attempts/student-question";
import type { Answer } from "@/lib/grading/answer";
import { QuestionCard } from "./question-card";

/** The student's question cards, answerable in the browser only: a preview saves and grades nothing. */
export function PreviewQuestions({ questions }: { questions: StudentQuestion[] }) {
  const [answers, setAnswers] = useState<Record<string, Answer>>({});
  const [flags, setFlags] = useState<Record<string, boolean>>({});
  return (
    <div className="flex flex-col gap-4">
      {questions.map((q, i) => (
        <QuestionCard
          key={q.id}
          index={i}
          question={q}
          answer={answers[q.id] ?? null}
          flagged={flags[q.id] ?? false}
          onAnswer={(answer) => setAnswers((a) => ({ ...a, [q.id]: answer }))}
          onFlag={(flagged) => setFlags((f) => ({ ...f, [q.id]: flagged }))}
        />
      ))}
    </div>
  );
}
