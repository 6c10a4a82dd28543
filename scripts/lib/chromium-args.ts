/**
 * How Debian's Chromium is started headless here, by the browser tests and the benchmarks: without
 * the background-networking flags it tries Google's hosts, which this machine's closed network refuses.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
]
