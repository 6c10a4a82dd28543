import fs from 'node:fs'
import type { TestProject } from 'vitest/node'

import { preparedEnvironment, startServer } from './helpers/server'

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
  }
}

/** One production server with the demo content on a fresh SQLite file, shared by the HTTP tests. */
export default async function setup(project: TestProject) {
  const environment = await preparedEnvironment('http')
  const server = await startServer(environment)
  project.provide('baseUrl', server.url)
  return async () => {
    await server.stop()
    fs.rmSync(environment.dir, { recursive: true, force: true })
  }
}
