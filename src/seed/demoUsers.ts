import type { Role } from '@/access/roles'

export type DemoUser = { email: string; name: string; roles: Role[]; credentials?: string; bio?: string }

export const DEMO_USERS: DemoUser[] = [
  { email: 'admin@demo.test', name: 'Avery Admin', roles: ['admin'] },
  {
    email: 'editor@demo.test',
    name: 'Elena Editor',
    roles: ['editor'],
    bio: 'Health writer covering treatment options and recovery.',
  },
  {
    email: 'reviewer@demo.test',
    name: 'Dr. Riley Reviewer',
    roles: ['clinical-reviewer'],
    credentials: 'PsyD, LCSW',
    bio: 'Licensed clinical psychologist; reviews content for clinical accuracy.',
  },
  { email: 'compliance@demo.test', name: 'Casey Compliance', roles: ['compliance'] },
  { email: 'moderator@demo.test', name: 'Morgan Moderator', roles: ['moderator'] },
]
