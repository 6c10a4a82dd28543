/**
 * A real SMTP server process for the tests: accepts every message on 127.0.0.1 and writes it, as
 * received, to <dir>/<time>-<pid>-<n>.eml for the tests to read with mailparser (names sort by
 * arrival, and a sink restarted on the same folder never overwrites its predecessor's mail).
 *   node scripts/run.mjs tests/http/helpers/smtp-sink.ts <port> <dir>
 */
import fs from 'node:fs'
import path from 'node:path'
import { SMTPServer } from 'smtp-server'

const [port, dir] = process.argv.slice(2)
fs.mkdirSync(dir, { recursive: true })
let count = 0

const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  logger: false,
  onData(stream, _session, callback) {
    const chunks: Buffer[] = []
    stream.on('data', (chunk: Buffer) => chunks.push(chunk))
    stream.on('end', () => {
      count += 1
      const file = path.join(dir, `${String(Date.now())}-${process.pid}-${String(count).padStart(5, '0')}.eml`)
      fs.writeFileSync(`${file}.part`, Buffer.concat(chunks))
      fs.renameSync(`${file}.part`, file) // readers never see half a message
      callback()
    })
  },
})
server.listen(Number(port), '127.0.0.1', () => console.log(`smtp-sink listening on ${port}`))
process.on('SIGTERM', () => server.close(() => process.exit(0)))
