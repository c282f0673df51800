/**
 * The origins Payload trusts. `csrf`: cookie-authenticated requests are honoured only from these
 * (a page elsewhere cannot act with a staff member's cookie). `cors`: browsers on these may read
 * answers. Both come from NEXT_PUBLIC_SERVER_URL; without it (development), from the loopback
 * addresses on PORT, so the protection never falls open. CORS_ORIGINS adds frontends on other
 * origins that read the API from the browser (they get CORS, never cookie authority).
 */
const list = (value: string | undefined) =>
  (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean)

const originOf = (url: string): string | null => {
  try {
    return new URL(url).origin
  } catch {
    return null
  }
}

export const serverOrigins = (env: NodeJS.ProcessEnv = process.env): string[] => {
  const server = env.NEXT_PUBLIC_SERVER_URL ? originOf(env.NEXT_PUBLIC_SERVER_URL) : null
  if (server) return [server]
  const port = env.PORT || '3000'
  return ['localhost', '127.0.0.1', '[::1]'].map((host) => `http://${host}:${port}`)
}

export const csrfOrigins = (env: NodeJS.ProcessEnv = process.env): string[] => serverOrigins(env)

export const corsOrigins = (env: NodeJS.ProcessEnv = process.env): string[] => [
  ...new Set([
    ...serverOrigins(env),
    ...list(env.CORS_ORIGINS)
      .map(originOf)
      .filter((o): o is string => Boolean(o)),
  ]),
]
