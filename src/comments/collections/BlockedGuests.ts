import { ValidationError, type CollectionConfig } from 'payload'

import { hiddenUnlessModerator, isModerator } from '@/access/is-moderator'
import { ADMIN_DATE_FORMAT } from '@/fields/date-format'

/**
 * Guests a moderator blocked, by the e-mail address they gave or the (hashed) network address
 * they posted from (domain/guest-blocks.ts). Made from the moderation desk ("Block" on a guest's
 * comment) or by hand here; deleting an entry lifts the block. A blocked guest's next comment is
 * refused with 403 before anything is stored.
 */
export const BlockedGuests: CollectionConfig = {
  slug: 'blocked-guests',
  labels: { singular: 'Blocked guest', plural: 'Blocked guests' },
  access: { read: isModerator, create: isModerator, update: isModerator, delete: isModerator },
  admin: {
    group: 'Community',
    useAsTitle: 'label',
    defaultColumns: ['label', 'until', 'reason', 'blockedBy', 'createdAt'],
    listSearchableFields: ['email', 'reason'],
    description: 'Guests blocked from commenting by e-mail or network address. Delete an entry to lift its block.',
    hidden: hiddenUnlessModerator,
  },
  defaultSort: '-createdAt',
  hooks: {
    beforeValidate: [
      ({ data, originalDoc, req }) => {
        const merged = { ...originalDoc, ...data }
        if (!merged.email && !merged.ipHash)
          throw new ValidationError({
            collection: 'blocked-guests',
            errors: [{ path: 'email', message: 'Give the e-mail address to block (a network address is blocked from the desk).' }],
            req,
          })
        return data
      },
    ],
    beforeChange: [
      ({ data, operation, req }) => {
        const email = typeof data.email === 'string' ? data.email.trim().toLowerCase() : data.email
        return {
          ...data,
          email: email || null,
          label: email || 'A network address',
          ...(operation === 'create' && req.user?.collection === 'users' ? { blockedBy: req.user.id } : {}),
        }
      },
    ],
  },
  fields: [
    // The list's title: the address, or "A network address" for a block by address alone.
    { name: 'label', type: 'text', admin: { hidden: true } },
    { name: 'email', label: 'E-mail address', type: 'email', index: true },
    {
      name: 'ipHash',
      label: 'Network address (hashed)',
      type: 'text',
      index: true,
      admin: { readOnly: true, description: 'Kept only as a keyed hash, never as the address itself.' },
    },
    {
      name: 'until',
      type: 'date',
      index: true,
      admin: {
        description: 'Empty: blocked for good.',
        date: { pickerAppearance: 'dayAndTime', displayFormat: ADMIN_DATE_FORMAT },
      },
    },
    { name: 'reason', type: 'text', maxLength: 300 },
    { name: 'blockedBy', type: 'relationship', relationTo: 'users', admin: { readOnly: true } },
    { name: 'comment', label: 'Blocked for the comment', type: 'relationship', relationTo: 'comments', admin: { readOnly: true } },
  ],
  timestamps: true,
}
