import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { waitForMail } from '../http/helpers/mail'
import { loginToAdmin } from './helpers/admin'
import {
  author,
  base,
  eventually,
  pickerText,
  publicArticle,
  section,
  textOf,
  waitForAutosave,
  writeArticle,
  type Draft,
} from './helpers/articles'
import { DESKTOP, screenshot, useBrowser } from './helpers/browser'

/**
 * An editor's full day in Payload's admin, in the order a newsroom lives it, each step as the
 * person does it (forms, buttons, menus; no API shortcuts for what they do): an author writes a
 * The editor starts by writing a story and scheduling it; an author writes another and hands it
 * over; the editor finds it on the dashboard, previews it and publishes it; corrects it, changes
 * its address (the old one answers 301), and brings back the version from before the correction;
 * meanwhile the scheduled story goes out on time. Readers' views are checked as they get them (API, home page, feed,
 * redirects). The seconds each task took are printed at the end.
 */
const { newPage, expectAccessible } = useBrowser()

const run = Date.now().toString(36)
const times: { task: string; ms: number }[] = []

/** Runs one of the day's tasks, timing it as the person would experience it (page loads, saves, waits). */
async function task<T>(name: string, work: () => Promise<T>): Promise<T> {
  const started = Date.now()
  const result = await work()
  times.push({ task: name, ms: Date.now() - started })
  return result
}

afterAll(() => {
  if (times.length === 0) return
  console.log(
    `an editor's day, seconds per task:\n${times.map(({ task, ms }) => `  ${(ms / 1000).toFixed(1).padStart(5)} s  ${task}`).join('\n')}`,
  )
})

/** "Publish changes" on the open article, and Payload's confirmation. */
async function publishChanges(page: Page, id: string): Promise<void> {
  const saved = page.waitForResponse(
    (response) =>
      response.request().method() === 'PATCH' &&
      response.url().includes(`/api/articles/${id}?`) &&
      !response.url().includes('autosave=true'),
  )
  await page.locator('#action-save').click()
  expect((await saved).status()).toBe(200)
  await page.getByText('Updated successfully.').first().waitFor()
}

/** How an anonymous reader's browser is answered at a path, without following a redirect. */
async function answerAt(path: string): Promise<{ status: number; location: string | null }> {
  const response = await fetch(`${base()}${path}`, { redirect: 'manual' })
  const location = response.headers.get('location')
  return { status: response.status, location: location ? new URL(location, base()).pathname : null }
}

describe('an editor’s full day', () => {
  let editor: Page
  let story: Draft & { slug: string }
  let scheduled: { slug: string; at: number; draft: Draft }

  beforeAll(async () => {
    editor = await newPage({ viewport: DESKTOP })
  })

  it('the editor starts the day by writing a story and scheduling it for the next minute', async () => {
    await task('editor: log in, write a story and schedule it', async () => {
      await loginToAdmin(editor, 'editor')
      const draft = await writeArticle(editor, `Night ferry timetable returns ${run}`, 'day-schedule')
      const slug = await editor.locator('#field-slug').inputValue()
      await waitForAutosave(editor, draft)
      await editor.locator('#action-save-popup .popup-button').click()
      await editor.getByRole('button', { name: 'Schedule Publish' }).click()
      const drawer = editor.locator('dialog.schedule-publish')
      await drawer.getByRole('heading', { name: /^Schedule publish for/ }).waitFor()
      await drawer.getByText('No upcoming events scheduled.').waitFor()
      // The picker takes minutes: the next whole minute at least 20 s ahead (time to type and save).
      const now = Date.now()
      let at = Math.ceil(now / 60_000) * 60_000
      if (at - now < 20_000) at += 60_000
      const when = new Date(at)
      const input = drawer.locator('#time input')
      await input.fill(pickerText(when))
      expect(await input.inputValue()).toBe(pickerText(when))
      await drawer.getByRole('heading', { name: /^Schedule publish for/ }).click() // closes the calendar
      await expectAccessible(editor, 'admin: schedule publish drawer', { enforce: false })
      await drawer.locator('#scheduled-publish-save').click()
      await editor.getByText('Scheduled successfully.').first().waitFor()
      const upcoming = drawer.locator('.schedule-publish__upcoming tbody tr')
      await upcoming.first().waitFor()
      expect(await upcoming.count()).toBe(1)
      // Times as the admin writes them everywhere (payload.config.ts dateFormat): "18:43".
      const clock = `${String(when.getUTCHours()).padStart(2, '0')}:${String(when.getUTCMinutes()).padStart(2, '0')}`
      expect(await upcoming.first().innerText()).toContain(clock)
      await screenshot(editor, 'day-scheduled')
      expect(Date.now()).toBeLessThan(at)
      expect(await publicArticle(slug)).toBeNull()
      await drawer.locator('.drawer-close-button').click()
      await drawer.waitFor({ state: 'detached' })
      scheduled = { slug, at, draft }
    })
  })

  it('an author writes a story and hands it to the editors, who are mailed', async () => {
    const page = await newPage({ viewport: DESKTOP })
    await task('author: log in, write a story with hero, section and byline, submit for review', async () => {
      await loginToAdmin(page, 'author')
      const draft = await writeArticle(page, `Lighthouse cottages to reopen as holiday lets ${run}`, 'day-author')
      expect(await page.locator('#action-save').count(), 'an author has no publish button').toBe(0)
      await waitForAutosave(page, draft)
      await page.getByLabel('Ready For Review').check()
      await waitForMail('editor@newsroom.test', new RegExp(`^Ready for review: ${draft.title}$`), { timeoutMs: 30_000 })
      story = { ...draft, slug: await page.locator('#field-slug').inputValue() }
    })
    await page.goto('/admin') // leaving the draft releases Payload's lock on it
  })

  it('the editor finds it on the dashboard, previews it, and publishes it; readers see it on the API, home page and feed', async () => {
    await task('editor: open the story from the dashboard\'s "Ready for review"', async () => {
      await editor.goto('/admin')
      await editor.getByRole('region', { name: 'Ready for review' }).getByRole('link', { name: story.title }).click()
      await editor.waitForURL((address) => address.pathname === `/admin/collections/articles/${story.id}`)
      await editor.locator('#field-title').waitFor()
    })

    await task('editor: preview the draft as readers will see it', async () => {
      const opened = editor.context().waitForEvent('page')
      await editor.locator('#preview-button').click()
      const preview = await opened
      await preview.getByRole('heading', { level: 1, name: story.title }).waitFor()
      await preview.getByRole('status').getByText('Preview of a draft: readers cannot see this story until it is published.').waitFor()
      expect(await preview.getByText(story.bodyText).count()).toBeGreaterThan(0)
      await screenshot(preview, 'day-preview')
      await preview.getByRole('link', { name: 'Leave preview' }).click()
      await preview.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor() // not published yet: readers get a 404
      await preview.close()
      expect(await publicArticle(story.slug), 'not public before it is published').toBeNull()
    })

    await task('editor: publish', () => publishChanges(editor, story.id))
    const article = await publicArticle(story.slug)
    expect(article).toMatchObject({ id: story.id, title: story.title, dek: story.dek, _status: 'published' })
    expect(article?.section?.name).toBe(section.name)
    expect(article?.authors.map((byline) => byline.name)).toEqual([author.name])
    expect(article?.hero.image?.filename).toBe(story.heroFilename)
    expect(textOf(article?.body)).toContain(story.bodyText)

    const reader = await newPage()
    await eventually('the headline on the home page', 20_000, async () => {
      const response = await reader.goto('/')
      return response?.status() === 200 && (await reader.content()).includes(story.title)
    })
    await screenshot(reader, 'day-home-after-publish')
    await expectAccessible(reader, 'site: home page')
    const feed = await fetch(`${base()}/feed.xml`)
    expect(feed.status).toBe(200)
    expect(await feed.text()).toContain(story.title)
  })

  it('the editor corrects the published story, and readers see the correction', async () => {
    const correction = `An earlier version gave the wrong year for the cottages' closure (${run}).`
    await task('editor: add a correction and publish it', async () => {
      await editor.goto(`/admin/collections/articles/${story.id}`)
      await editor.locator('#field-title').waitFor()
      await editor.getByRole('button', { name: 'Add Correction' }).click()
      await editor.locator('textarea[id^="field-corrections__"][id$="__text"]').last().fill(correction)
      await publishChanges(editor, story.id)
    })
    await expect.poll(async () => (await publicArticle(story.slug))?.corrections?.map((entry) => entry.text)).toEqual([correction])
    const reader = await newPage()
    await reader.goto(`/articles/${story.slug}`)
    await reader.getByText(correction).waitFor()
  })

  it('the editor changes the story’s address, and the old one answers 301 to the new', async () => {
    const newSlug = `${story.slug}-update`
    await task('editor: unlock the slug, type a new one, publish', async () => {
      const field = editor.locator('#field-slug')
      await editor.locator('#field-slug-lock').getByText('Unlock').click()
      await field.fill(newSlug)
      // Autosave keeps the new slug in a draft first: the redirect must still be recorded on publish.
      await expect
        .poll(
          async () => {
            const draft = await editor.evaluate(
              async (url) => (await (await fetch(url, { credentials: 'same-origin' })).json()) as { slug: string },
              `/api/articles/${story.id}?draft=true&depth=0`,
            )
            return draft.slug
          },
          { timeout: 20_000 },
        )
        .toBe(newSlug)
      await publishChanges(editor, story.id)
    })
    expect(await answerAt(`/articles/${story.slug}`)).toEqual({ status: 301, location: `/articles/${newSlug}` })
    expect((await answerAt(`/articles/${newSlug}`)).status).toBe(200)
    story = { ...story, slug: newSlug }
  })

  it('the editor brings back the version from before the correction, and publishes it', async () => {
    const firstSlug = story.slug.replace(/-update$/, '')
    await task('editor: open Versions, restore the first published version as a draft, publish', async () => {
      await editor.getByRole('link', { name: 'Versions' }).click()
      await editor.waitForURL(/\/versions$/)
      const published = editor.locator('.article-versions tbody tr', { hasText: 'Published before' })
      await expect.poll(() => published.count()).toBe(2)
      await expect.poll(async () => (await published.last().locator('td').allInnerTexts())[1]).toBe('Ezra Editor')
      await published.last().getByRole('link').click()
      await editor.waitForURL(/\/versions\/[0-9a-f-]+$/)
      await editor.locator('.restore-version .popup-button').click()
      await editor.getByRole('button', { name: 'Restore as draft' }).click()
      await editor.getByRole('dialog').getByRole('button', { name: 'Confirm' }).click()
      await editor.waitForURL(new RegExp(`/admin/collections/articles/${story.id}$`))
      await expect.poll(() => editor.locator('#field-slug').inputValue()).toBe(firstSlug)
      await publishChanges(editor, story.id)
    })
    await expect.poll(async () => (await publicArticle(firstSlug))?.corrections ?? []).toEqual([])
    // Its first address is its own again; the one it had meanwhile now leads back to it.
    expect((await answerAt(`/articles/${firstSlug}`)).status).toBe(200)
    expect(await answerAt(`/articles/${story.slug}`)).toEqual({ status: 301, location: `/articles/${firstSlug}` })
    await screenshot(editor, 'day-restored-and-published')
  })

  it('the scheduled story went out at its time, as written', async () => {
    const article = await task('(waiting) the scheduled story goes public', () =>
      eventually('the scheduled article public', scheduled.at - Date.now() + 60_000, () => publicArticle(scheduled.slug)),
    )
    expect(Date.now()).toBeGreaterThanOrEqual(scheduled.at)
    expect(article).toMatchObject({ id: scheduled.draft.id, title: scheduled.draft.title, _status: 'published' })
    expect(new Date(article.firstPublishedAt ?? 0).getTime()).toBeGreaterThanOrEqual(scheduled.at)
    expect(article.hero.image?.filename).toBe(scheduled.draft.heroFilename)
    expect(textOf(article.body)).toContain(scheduled.draft.bodyText)
  })
})
