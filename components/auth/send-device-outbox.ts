import { putAnswer } from "@/components/quiz/api";
import { deviceOutboxes, loadOutbox, OUTBOX_PREFIX } from "@/components/quiz/outbox-storage";
import { highlightOutbox, putHighlight } from "@/components/reading/highlight-api";

const HIGHLIGHTS = highlightOutbox.prefix.slice(OUTBOX_PREFIX.length);

/**
 * Before signing out: everything this device still holds for the student (answers, highlights) is sent, for at most
 * `timeoutMs`, then every outbox entry is removed, sent or not, so a shared computer keeps nothing of theirs.
 */
export async function sendThenClearDeviceOutbox(timeoutMs = 5000) {
  const sends: Promise<unknown>[] = [];
  for (const key of deviceOutboxes()) {
    const id = key.slice(OUTBOX_PREFIX.length);
    if (id.startsWith(HIGHLIGHTS)) {
      const saves = loadOutbox(id.slice(HIGHLIGHTS.length), highlightOutbox);
      for (const save of Object.values(saves)) sends.push(putHighlight(save));
    } else {
      for (const save of Object.values(loadOutbox(id))) sends.push(putAnswer(id, save));
    }
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  await Promise.race([
    Promise.allSettled(sends),
    new Promise<void>((resolve) => (timer = setTimeout(resolve, timeoutMs))),
  ]);
  clearTimeout(timer);
  for (const key of deviceOutboxes()) window.localStorage.removeItem(key);
}
