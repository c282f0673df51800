export const COMMENT_STATUSES = ['pending', 'approved', 'rejected', 'spam'] as const
export const REJECTED_STATUSES = ['rejected', 'spam'] as const

/**
 * Why a comment is not published, shown to no reader (16 CFR 465.7 asks for neutral, consistent
 * reasons). "false" (false or misleading) is stored as false-information: GraphQL cannot have an
 * enum value named false. "handled-privately" is a crisis comment a moderator answered in private
 * (docs/moderation.md): it is not published, and it is not spam.
 */
export const MODERATION_REASONS = [
  'spam',
  'abuse',
  'personal-information',
  'off-topic',
  'false-information',
  'handled-privately',
] as const

export const MODERATION_REASON_LABELS: Record<(typeof MODERATION_REASONS)[number], string> = {
  spam: 'Spam',
  abuse: 'Abuse',
  'personal-information': 'Personal information',
  'off-topic': 'Off topic',
  'false-information': 'False or misleading',
  'handled-privately': 'Crisis: handled privately',
}
