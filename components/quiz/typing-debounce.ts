type Pending = { timer: ReturnType<typeof setTimeout>; send: () => void };

/**
 * Typing is saved after a short pause rather than on every keystroke: one waiting send per question, replaced by
 * the next change. Created per mounted quiz (useAnswerEntries), never shared between quizzes.
 */
export class TypingDebounce {
  private readonly waiting = new Map<string, Pending>();

  /** Sends at once when `delayMs` is 0, else after the pause; a send still waiting for this key is dropped. */
  schedule(key: string, send: () => void, delayMs: number) {
    clearTimeout(this.waiting.get(key)?.timer);
    this.waiting.delete(key);
    if (delayMs === 0) {
      send();
      return;
    }
    const timer = setTimeout(() => {
      this.waiting.delete(key);
      send();
    }, delayMs);
    this.waiting.set(key, { timer, send });
  }

  /** Sends everything still waiting for its pause (before submitting, or when time is up). */
  sendNow() {
    for (const [key, { timer, send }] of [...this.waiting]) {
      clearTimeout(timer);
      this.waiting.delete(key);
      send();
    }
  }
}
