import type { Payload } from 'payload'

import type { Role } from '@/access/roles'
import type { User } from '@/payload-types'

export const TEST_PASSWORD = 'test-password-123'

export type TestUser = User & { collection: 'users' }

/** A user holding exactly `role`, created on first use; shaped as the Local API's `user` option. */
export const userWithRole = async (payload: Payload, role: Role, email = `${role}@test.vetted`): Promise<TestUser> => {
  const { docs } = await payload.find({ collection: 'users', where: { email: { equals: email } }, limit: 1 })
  const user =
    docs[0] ??
    (await payload.create({
      collection: 'users',
      data: { email, password: TEST_PASSWORD, name: `Test ${role}`, roles: [role] },
    }))
  return { ...user, collection: 'users' }
}

/** Signs in over REST and returns the JWT, for `Authorization: JWT <token>` requests. */
export const loginToken = async (baseUrl: string, email: string, password = TEST_PASSWORD): Promise<string> => {
  const response = await fetch(`${baseUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  if (!response.ok) throw new Error(`login failed for ${email}: ${response.status}`)
  return ((await response.json()) as { token: string }).token
}
