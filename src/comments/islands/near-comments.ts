import { QUOTE_EVENT } from '@/site/islands/api'

/** How far ahead of the viewport the block starts to hydrate: a screen's height, so it is live before it is reached. */
const AHEAD = '100% 0px'
const TOUCHES = ['pointerdown', 'focusin', 'keydown'] as const

/** What the reader did in the block before it had hydrated (pressed a button, changed the order): done again once it has. */
let held: (() => void) | null = null
let stopHolding = () => {}

/**
 * Resolves when the reader comes near the comments block, touches it, quotes a passage, or came for
 * it (a permalink, `#comments`, a comment page or order in the address).
 */
export function nearComments(): Promise<void> {
  return new Promise((resolve) => {
    const block = document.getElementById('comments')
    const query = new URLSearchParams(window.location.search)
    const cameForIt = window.location.hash.startsWith('#comment') || ['comment', 'cpage', 'sort'].some((name) => query.has(name))
    if (!block || cameForIt || !('IntersectionObserver' in window)) return resolve()
    const observer = new IntersectionObserver((entries) => entries.some((entry) => entry.isIntersecting) && done(), { rootMargin: AHEAD })
    const onTouch = (event: Event) => event.target instanceof Node && block.contains(event.target) && done()
    // Until React has the block, its buttons and its order select do nothing: keep what was done, to do it again after.
    const onPress = (event: MouseEvent) => {
      const button = event.target instanceof Element ? event.target.closest('button') : null
      if (!button || !block.contains(button)) return
      event.preventDefault()
      event.stopPropagation()
      held = () => button.isConnected && button.click()
      done()
    }
    const onChange = (event: Event) => {
      const select = event.target
      if (!(select instanceof HTMLSelectElement) || !block.contains(select)) return
      const { value } = select
      held = () => {
        select.value = value
        select.dispatchEvent(new Event('change', { bubbles: true }))
      }
      done()
    }
    function done() {
      observer.disconnect()
      for (const name of TOUCHES) document.removeEventListener(name, onTouch, true)
      window.removeEventListener(QUOTE_EVENT, done)
      resolve()
    }
    observer.observe(block)
    for (const name of TOUCHES) document.addEventListener(name, onTouch, true)
    window.addEventListener(QUOTE_EVENT, done)
    // Held until the block has hydrated, not only until it starts to: a press can come in between.
    document.addEventListener('click', onPress, true)
    document.addEventListener('change', onChange, true)
    stopHolding = () => {
      document.removeEventListener('click', onPress, true)
      document.removeEventListener('change', onChange, true)
    }
  })
}

/** Once the block has hydrated: stops holding presses and does the one that was held. */
export function doHeld(): void {
  stopHolding()
  const action = held
  held = null
  action?.()
}
