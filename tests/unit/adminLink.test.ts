import { afterEach, describe, expect, it } from 'vitest'

import { adminLink } from '@/plugins/editorial-workflow/notify'

const payloadAt = (serverURL: string) =>
  ({ config: { serverURL, routes: { admin: '/admin' } } }) as unknown as Parameters<typeof adminLink>[0]

describe('links in notification emails', () => {
  const port = process.env.PORT
  afterEach(() => {
    if (port === undefined) delete process.env.PORT
    else process.env.PORT = port
  })

  it('point at the configured server address', () => {
    expect(adminLink(payloadAt('https://cms.clinic.example'), 'articles', 7)).toBe(
      'https://cms.clinic.example/admin/collections/articles/7',
    )
  })

  it('without one, point at this machine on the port the server listens on', () => {
    process.env.PORT = '4100'
    expect(adminLink(payloadAt(''), 'faqs', 3)).toBe('http://localhost:4100/admin/collections/faqs/3')
  })
})
