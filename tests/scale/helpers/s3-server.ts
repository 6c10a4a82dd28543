import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import os from 'node:os'

import { freePort } from '../../http/helpers/server'

/**
 * A real S3-compatible server process (s3rver, from npm) with one bucket, storing objects in a
 * folder of its own, which a test can stop (the store is down) and start again on the same port.
 */
export type S3Server = {
  url: string
  bucket: string
  /** Where s3rver keeps the bucket's objects (one folder per key). */
  objectsDir: string
  stop: () => Promise<void>
  start: () => Promise<void>
  destroy: () => Promise<void>
}

export async function startS3Server(bucket: string): Promise<S3Server> {
  const dir = fs.mkdtempSync(path.join(process.env.TEST_TMP_DIR ?? os.tmpdir(), 's3-'))
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  let child: ReturnType<typeof spawn> | null = null
  let output = ''

  const start = async () => {
    child = spawn(
      process.execPath,
      ['node_modules/s3rver/bin/s3rver.js', '-d', dir, '-a', '127.0.0.1', '-p', String(port), '--silent', '--configure-bucket', bucket],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    )
    child.stdout?.on('data', (chunk) => (output += chunk))
    child.stderr?.on('data', (chunk) => (output += chunk))
    const deadline = Date.now() + 15_000
    for (;;) {
      if (child.exitCode !== null) throw new Error(`s3rver exited (${child.exitCode}):\n${output}`)
      const up = await fetch(`${url}/${bucket}`).then(
        (response) => response.status < 500,
        () => false,
      )
      if (up) return
      if (Date.now() > deadline) throw new Error(`s3rver did not answer within 15 s:\n${output}`)
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  }
  const stop = async () => {
    const running = child
    if (!running || running.exitCode !== null) return
    const exited = new Promise((resolve) => running.once('exit', resolve))
    running.kill('SIGKILL')
    await exited
  }
  await start()
  return {
    url,
    bucket,
    objectsDir: path.join(dir, bucket),
    stop,
    start,
    destroy: async () => {
      await stop()
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}
