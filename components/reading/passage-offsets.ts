/**
 * Passage offsets of the browser's selection. Every run of passage text is rendered as an element of its own with
 * `data-o` holding its offset in the passage and a single text node, so a point inside text is that offset plus
 * the point's; a point between elements (a triple click, a selection ending at a paragraph) is the offset of the
 * first run at or after it.
 */
function offsetAt(root: HTMLElement, node: Node, offset: number): number | null {
  if (node.nodeType === Node.TEXT_NODE) {
    const run = node.parentElement?.closest<HTMLElement>("[data-o]");
    if (run && root.contains(run)) return Number(run.dataset.o) + offset;
  }
  const point = document.createRange();
  point.setStart(node, offset);
  for (const run of root.querySelectorAll<HTMLElement>("[data-o]")) {
    if (point.comparePoint(run, 0) >= 0) return Number(run.dataset.o);
  }
  return null;
}

/** The selection's [start, end) in the passage, or null when nothing of the passage is selected. */
export function selectedRange(root: HTMLElement): { start: number; end: number; rect: DOMRect } | null {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!root.contains(range.commonAncestorContainer)) return null;
  const start = offsetAt(root, range.startContainer, range.startOffset);
  const end = offsetAt(root, range.endContainer, range.endOffset);
  if (start === null || end === null || end <= start) return null;
  return { start, end, rect: range.getBoundingClientRect() };
}
