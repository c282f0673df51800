import type { CollectionConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { approvedCommentsOrModerator } from '@/access/approvedCommentsOrModerator'
import { fieldHasRole, hasRole } from '@/access/hasRole'
import { crisisResourcesForWriter, limitCommentRate, screenIncomingComment } from './hooks'
import { COMMENT_STATUSES, MODERATION_REASON_LABELS, MODERATION_REASONS, REJECTED_STATUSES } from './moderation'
import { submitCommentEndpoint } from './submitCommentEndpoint'
import { crisisResourcesField, ignoreReadTimeFields } from '@/fields/readTimeGroups'

export { COMMENT_STATUSES, MODERATION_REASONS } from './moderation'

/** What the reader wrote stays as written: moderators decide on it, they do not edit it. */
const readerField = { update: () => false }

const moderatorsOnly = {
  read: fieldHasRole('moderator'),
  update: fieldHasRole('moderator'),
  create: fieldHasRole('moderator'),
}

/** Reader comments: anyone may post (rate-limited, screened, always pending); the public sees approved ones, name and body only. */
export const Comments: CollectionConfig<'comments'> = {
  slug: 'comments',
  admin: {
    group: 'Community',
    useAsTitle: 'authorName',
    defaultColumns: ['urgent', 'moderate', 'authorName', 'article', 'status', 'riskTier', 'createdAt'],
    // Urgent comments are pinned by the notice above the list and the moderator's dashboard, not by a
    // default sort: a collection's default sort also orders the public API, and ordering by a field
    // readers may not see would tell them which approved comments were flagged.
    components: {
      beforeListTable: ['/collections/Comments/components/UrgentCommentsNotice#UrgentCommentsNotice'],
    },
  },
  access: {
    read: approvedCommentsOrModerator,
    create: anyone,
    update: hasRole('moderator'),
    delete: hasRole('moderator'),
  },
  endpoints: [submitCommentEndpoint],
  hooks: {
    beforeValidate: [ignoreReadTimeFields],
    beforeOperation: [limitCommentRate],
    beforeChange: [screenIncomingComment],
  },
  fields: [
    {
      name: 'moderate',
      type: 'ui',
      label: 'Comment',
      admin: {
        components: { Cell: '/collections/Comments/components/ModerateCell#ModerateCell', Field: false },
      },
    },
    {
      name: 'article',
      type: 'relationship',
      relationTo: 'articles',
      required: true,
      index: true,
      access: readerField,
    },
    { name: 'authorName', type: 'text', required: true, maxLength: 120, access: readerField },
    {
      name: 'authorEmail',
      type: 'email',
      required: true,
      access: { read: fieldHasRole('moderator'), ...readerField },
    },
    {
      name: 'body',
      type: 'textarea',
      required: true,
      maxLength: 5000,
      access: readerField,
      admin: { description: 'Plain text; never rendered as HTML.' },
    },
    {
      name: 'website',
      type: 'text',
      virtual: true,
      admin: { hidden: true },
      access: { read: () => false },
      // Honeypot: hidden from people, filled by bots.
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      index: true,
      options: COMMENT_STATUSES.map((value) => ({ label: value, value })),
      access: { read: fieldHasRole('moderator') },
      admin: { position: 'sidebar' },
    },
    {
      name: 'urgent',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      access: moderatorsOnly,
      admin: {
        position: 'sidebar',
        description: 'Set by the screening; a moderator may also mark a comment urgent.',
        components: { Cell: '/collections/Comments/components/UrgentCommentCell#UrgentCommentCell' },
      },
    },
    {
      name: 'riskTier',
      type: 'select',
      defaultValue: 'none',
      options: ['none', 'low', 'medium', 'high'],
      access: moderatorsOnly,
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: 'Crisis language: high = imminent intent, medium = ongoing ideation, low = past or indirect.',
      },
    },
    {
      name: 'crisisSignals',
      type: 'text',
      hasMany: true,
      access: moderatorsOnly,
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: 'What the screening recognised (plan or means, farewell, burden…): why the comment is urgent.',
      },
    },
    {
      name: 'holdReasons',
      type: 'select',
      hasMany: true,
      options: ['crisis', 'personal-information', 'link'],
      access: moderatorsOnly,
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'redactedBody',
      type: 'textarea',
      access: moderatorsOnly,
      admin: { readOnly: true, description: 'The comment with contact and health details removed.' },
    },
    {
      name: 'moderationReason',
      type: 'select',
      options: MODERATION_REASONS.map((value) => ({ value, label: MODERATION_REASON_LABELS[value] })),
      access: moderatorsOnly,
      // A field validation, so the admin shows it on the field and the APIs answer 400 naming it.
      validate: (value: unknown, { siblingData }: { siblingData: Partial<{ status: string }> }) =>
        (REJECTED_STATUSES as readonly string[]).includes(String(siblingData?.status)) && !value
          ? `Say why the comment is rejected: ${MODERATION_REASONS.join(', ')}.`
          : true,
      admin: {
        position: 'sidebar',
        description:
          'Required to reject: a neutral reason (16 CFR 465.7). "Crisis: handled privately" for a crisis comment answered in private (docs/moderation.md).',
      },
    },
    {
      name: 'moderatedBy',
      type: 'relationship',
      relationTo: 'users',
      access: moderatorsOnly,
      admin: { position: 'sidebar', readOnly: true },
    },
    { name: 'moderatedAt', type: 'date', access: moderatorsOnly, admin: { position: 'sidebar', readOnly: true } },
    // Only in the answer to the writer (REST and GraphQL): the crisis resources when the comment reads as a crisis.
    crisisResourcesField(crisisResourcesForWriter),
    {
      name: 'staffReply',
      type: 'textarea',
      access: { create: fieldHasRole('moderator'), update: fieldHasRole('moderator') },
      admin: { description: 'Public reply. Never confirm that someone is or was a patient.' },
    },
  ],
  timestamps: true,
}
