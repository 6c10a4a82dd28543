import { describe, expect, it } from 'vitest'

import { commentStatusLabel } from '@/accounts/domain/comment-status'
import { noticeFor } from '@/accounts/domain/notices'
import { accountHref, safeReturnPath } from '@/accounts/domain/return-path'
import { signUpProblem } from '@/accounts/domain/sign-up'
import { mailPlainText } from '@/lib/email/plain-text'

describe('where an account form returns to', () => {
  it('keeps a path on this site, with its query and fragment', () => {
    expect(safeReturnPath('/articles/a-story#comments')).toBe('/articles/a-story#comments')
    expect(safeReturnPath('/search?q=harbour')).toBe('/search?q=harbour')
    expect(safeReturnPath('/')).toBe('/')
  })

  it('refuses anything that could leave the site, or land in the API or the admin', () => {
    for (const value of [
      'https://evil.example/',
      '//evil.example',
      '/\\evil.example',
      'javascript:alert(1)',
      'articles/relative',
      '/api/readers/me',
      '/api',
      '/admin/collections/users',
      '/articles/x\nSet-Cookie: a=b',
      '/' + 'a'.repeat(600),
      '',
      undefined,
      ['/articles/a'],
    ])
      expect(safeReturnPath(value), String(value)).toBe('/account')
    expect(safeReturnPath('//evil', '/')).toBe('/')
    expect(safeReturnPath('/administrators-say')).toBe('/administrators-say')
  })

  it('builds page addresses that leave out the default return', () => {
    expect(accountHref('/account/sign-in', { next: '/articles/a#comments', notice: 'bad-login' })).toBe(
      '/account/sign-in?next=%2Farticles%2Fa%23comments&notice=bad-login',
    )
    expect(accountHref('/account/sign-in', { next: '/account' })).toBe('/account/sign-in')
  })
})

describe('account notices and checks', () => {
  it('shows only the notices it knows, so an address cannot put words on the page', () => {
    expect(noticeFor('check-mail')?.tone).toBe('ok')
    expect(noticeFor('bad-login')?.tone).toBe('problem')
    expect(noticeFor('You have won a prize')).toBeNull()
    expect(noticeFor('toString')).toBeNull()
    expect(noticeFor(undefined)).toBeNull()
  })

  it('names the first thing wrong with a sign-up', () => {
    const good = { displayName: 'Nadia', email: 'nadia@example.org', password: 'long-enough' }
    expect(signUpProblem(good)).toBeNull()
    expect(signUpProblem({ ...good, displayName: ' N ' })).toBe('bad-name')
    expect(signUpProblem({ ...good, displayName: 'N'.repeat(61) })).toBe('bad-name')
    expect(signUpProblem({ ...good, email: 'nadia@example' })).toBe('bad-email')
    expect(signUpProblem({ ...good, email: `${'a'.repeat(250)}@example.org` })).toBe('bad-email')
    expect(signUpProblem({ ...good, password: 'short' })).toBe('bad-password')
  })

  it('says how a comment stands in the reader’s words', () => {
    expect(commentStatusLabel('approved')).toBe('Published')
    expect(commentStatusLabel('pending')).toBe('Waiting for a moderator')
    expect(commentStatusLabel('spam')).toBe('Not published')
    expect(commentStatusLabel('deleted')).toBe('Removed')
  })
})

describe('the plain-text copy of a mail', () => {
  it('keeps each link’s address beside its words, and decodes what the HTML escaped', () => {
    const text = mailPlainText({
      html: '<p>Hello R&amp;D,</p><p><a href="https://news.example/confirm?token=a&amp;next=%2F">Confirm my address</a></p>',
    })
    expect(text).toBe('Hello R&D,\nConfirm my address: https://news.example/confirm?token=a&next=%2F')
    expect(mailPlainText({ text: 'as written', html: '<p>ignored</p>' })).toBe('as written')
  })
})
