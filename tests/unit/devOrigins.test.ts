import { describe, expect, it } from 'vitest'

import { allowedDevOrigins } from '@/lib/devOrigins.mjs'

import nextConfig from '../../next.config.mjs'

describe('origins allowed to use the dev server', () => {
  it('are the loopback names, whatever NEXT_PUBLIC_SERVER_URL says', () => {
    expect(allowedDevOrigins(undefined)).toEqual(['localhost', '127.0.0.1', '[::1]'])
    expect(allowedDevOrigins('not a url')).toEqual(['localhost', '127.0.0.1', '[::1]'])
  })

  it("add NEXT_PUBLIC_SERVER_URL's host", () => {
    expect(allowedDevOrigins('https://CMS.Clinic.example:8443/base')).toContain('cms.clinic.example')
    expect(allowedDevOrigins('http://127.0.0.1:3000')).toEqual(['localhost', '127.0.0.1', '[::1]'])
  })

  it('are what next.config gives Next', () => {
    expect(nextConfig.allowedDevOrigins).toEqual(expect.arrayContaining(['localhost', '127.0.0.1', '[::1]']))
  })
})
