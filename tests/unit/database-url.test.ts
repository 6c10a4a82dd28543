import { describe, expect, it } from 'vitest'

import { DatabaseUrlError, DEFAULT_DATABASE_URL, parseDatabaseUrl, redact, sqliteFilePath } from '@/lib/config/database-url'

describe('parseDatabaseUrl', () => {
  it('defaults to the embedded SQLite file', () => {
    expect(parseDatabaseUrl(undefined)).toEqual({ engine: 'sqlite', url: DEFAULT_DATABASE_URL })
    expect(parseDatabaseUrl('   ')).toEqual({ engine: 'sqlite', url: DEFAULT_DATABASE_URL })
  })

  it.each([
    ['file:./data/site.db', 'sqlite'],
    ['file:/var/lib/newsroom/site.db', 'sqlite'],
    ['postgres://user:pw@db:5432/news', 'postgres'],
    ['postgresql://db/news', 'postgres'],
    ['mongodb://127.0.0.1:27017/news', 'mongodb'],
    ['mongodb+srv://cluster.example/news', 'mongodb'],
  ])('reads %s as %s', (url, engine) => {
    expect(parseDatabaseUrl(url).engine).toBe(engine)
  })

  it.each(['mysql://root@localhost/news', 'sqlite:./x.db', 'file:', 'postgres://', 'news.db', 'http://db'])(
    'refuses %s with one line naming the accepted forms',
    (url) => {
      expect(() => parseDatabaseUrl(url)).toThrow(DatabaseUrlError)
      try {
        parseDatabaseUrl(url)
      } catch (error) {
        const message = (error as Error).message
        expect(message).not.toContain('\n')
        expect(message).toMatch(/file:.*postgres:\/\/.*mongodb:\/\//)
      }
    },
  )

  it('never repeats a password in its error message', () => {
    expect(() => parseDatabaseUrl('mysql://admin:hunter2@db/news')).toThrow(/admin:\*\*\*@/)
    expect(redact('postgres://u:secret@h/db')).toBe('postgres://u:***@h/db')
  })

  it('finds the SQLite file behind a file: URL', () => {
    expect(sqliteFilePath('file:./data/newsroom.db')).toBe('./data/newsroom.db')
    expect(sqliteFilePath('file:///abs/site.db?mode=rw')).toBe('/abs/site.db')
  })
})
