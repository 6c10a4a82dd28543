import net from 'node:net'

/** The Redis the tests and benchmarks use: REDIS_URL, else the machine's server. */
export const LOCAL_REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379'

/** Whether anything accepts a connection at a Redis URL (the legs that need one skip, saying why, when not). */
export function redisAnswers(url = LOCAL_REDIS_URL): Promise<boolean> {
  return new Promise((resolve) => {
    const { hostname, port } = new URL(url)
    const socket = net.connect(Number(port || 6379), hostname, () => {
      socket.end()
      resolve(true)
    })
    socket.on('error', () => resolve(false))
  })
}
