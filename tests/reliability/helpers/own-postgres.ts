import { execFileSync, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { freePort } from '../../http/helpers/server'

/**
 * A PostgreSQL server of the test's own, from Debian's tools (initdb, pg_ctl) on a free port, so a
 * test may stop and restart it without touching the machine's shared server. PostgreSQL refuses to
 * run as root: when the tests run as root, its commands run as the `postgres` user.
 */
export type OwnPostgres = {
  url: string
  port: number
  /** A streaming replica of this server (pg_basebackup, then a standby on a port of its own). */
  startReplica: (name: string) => Promise<OwnPostgres>
  start: () => void
  stop: () => void
  destroy: () => void
  log: () => string
}

function binDir(): string {
  const root = '/usr/lib/postgresql'
  const version = fs
    .readdirSync(root)
    .filter((name) => /^\d+$/.test(name))
    .sort((a, b) => Number(b) - Number(a))[0]
  if (!version) throw new Error('No PostgreSQL server binaries under /usr/lib/postgresql (Debian package postgresql).')
  return path.join(root, version, 'bin')
}

const asRoot = process.getuid?.() === 0

function pgCommand(tool: string, args: string[]): void {
  const command = path.join(binDir(), tool)
  const [file, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args]
  const result = spawnSync(file, argv, { encoding: 'utf8', timeout: 60_000 })
  if (result.status !== 0) throw new Error(`${tool} ${args.join(' ')} failed (${result.status}):\n${result.stdout}\n${result.stderr}`)
}

/** A folder directly under the system temporary folder: the postgres user must be able to reach it. */
function clusterFolder(name: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `newsroom-pg-${name}-`))
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim())
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim())
    fs.chownSync(dir, uid, gid)
  }
  return dir
}

export async function startOwnPostgres(name: string): Promise<OwnPostgres> {
  const dir = clusterFolder(name)
  const data = path.join(dir, 'data')
  pgCommand('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8', '--locale=C'])
  const server = await runCluster(dir, data)
  const { default: pg } = await import('pg')
  const admin = new pg.Client({ host: '127.0.0.1', port: server.port, user: 'postgres', database: 'postgres' })
  await admin.connect()
  await admin.query('CREATE DATABASE newsroom')
  await admin.end()
  return server
}

/**
 * Starts the cluster in `data` on a free port. initdb's trust rules already let 127.0.0.1 connect
 * for replication, and PostgreSQL's defaults (wal_level replica, ten WAL senders) stream to standbys.
 */
async function runCluster(dir: string, data: string): Promise<OwnPostgres> {
  const logFile = path.join(dir, 'server.log')
  const port = await freePort()
  // Durability is not what these tests measure; fsync off keeps a 2-core machine quick.
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off`
  const start = () => pgCommand('pg_ctl', ['-D', data, '-o', options, '-l', logFile, '-w', '-t', '60', 'start'])
  const stop = () => pgCommand('pg_ctl', ['-D', data, '-m', 'fast', '-w', '-t', '60', 'stop'])
  start()
  return {
    url: `postgres://postgres@127.0.0.1:${port}/newsroom`,
    port,
    startReplica: async (name) => {
      const replicaDir = clusterFolder(name)
      const replicaData = path.join(replicaDir, 'data')
      // -R writes primary_conninfo and standby.signal: the copy starts as a hot standby that streams.
      pgCommand('pg_basebackup', [
        '-h',
        '127.0.0.1',
        '-p',
        String(port),
        '-U',
        'postgres',
        '-D',
        replicaData,
        '-R',
        '-X',
        'stream',
        '--checkpoint=fast',
        '--no-sync',
      ])
      return runCluster(replicaDir, replicaData)
    },
    start,
    stop,
    destroy: () => {
      try {
        stop()
      } catch {
        // already stopped
      }
      fs.rmSync(dir, { recursive: true, force: true })
    },
    log: () => (fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8') : ''),
  }
}
