import fs from 'node:fs'
import { expect, it } from 'vitest'

import { VARIABLES } from '@/lib/config/settings'

/** The variable names in the first column of README's configuration table. */
function readmeVariables(): string[] {
  const readme = fs.readFileSync('README.md', 'utf8')
  const section = readme.slice(readme.indexOf('## Configuration'))
  const table = section.slice(0, section.indexOf('\n## ', 5))
  return table
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .flatMap((line) => [...line.split('|')[1].matchAll(/`([A-Z][A-Z0-9_]+)`/g)].map((match) => match[1]))
}

it("README's configuration table lists exactly the variables the settings module reads", () => {
  expect([...readmeVariables()].sort()).toEqual([...VARIABLES].sort())
})
