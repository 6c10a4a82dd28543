/**
 * A ref that focuses its element once, when it appears: what `autoFocus` does in React. Islands use
 * this instead, because the islands bundle runs on Preact (scripts/lib/islands-build.ts), which
 * writes `autoFocus` as the HTML attribute, and browsers honour that only while the page loads.
 * One function for all, so a re-render (a new function each time) never focuses it again.
 */
export function focusOnMount(element: HTMLElement | null): void {
  element?.focus()
}
