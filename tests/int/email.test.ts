/**
 * The email adapter against a real SMTP server (smtp-server, from the nodemailer authors) on
 * 127.0.0.1: with SMTP_HOST set, Payload's nodemailer adapter authenticates and delivers over SMTP;
 * without it, messages stay in `outbox` and nothing reaches the network.
 */
import type { AddressInfo } from 'net'
import type { Payload } from 'payload'
import {
  SMTPServer,
  type SMTPServerAuthentication,
  type SMTPServerDataStream,
  type SMTPServerSession,
} from 'smtp-server'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

import { emailAdapter, outbox } from '@/email/adapter'

import { getTestPayload } from '../helpers/payload'

const SMTP_USER = 'vetted-mailer'
const SMTP_PASS = 'correct horse battery staple'
const FROM_ADDRESS = 'no-reply@vetted.test'
const FROM_NAME = 'Vetted Test'
const ENV_KEYS = [
  'SMTP_HOST',
  'SMTP_PORT',
  'SMTP_USER',
  'SMTP_PASS',
  'SMTP_SECURE',
  'SMTP_FROM_ADDRESS',
  'SMTP_FROM_NAME',
] as const

type ReceivedMessage = { from: string | false; to: string[]; user: unknown; raw: string }

/** Every message the server accepted, in order. */
const received: ReceivedMessage[] = []

const checkCredentials = (
  auth: SMTPServerAuthentication,
  _session: SMTPServerSession,
  callback: (error: Error | null, response?: { user: string }) => void,
) => {
  if (auth.username === SMTP_USER && auth.password === SMTP_PASS) return callback(null, { user: auth.username })
  callback(new Error('Invalid username or password'))
}

const collectMessage = (
  stream: SMTPServerDataStream,
  session: SMTPServerSession,
  callback: (error?: Error | null) => void,
) => {
  const chunks: Buffer[] = []
  stream.on('data', (chunk: Buffer) => chunks.push(chunk))
  stream.on('error', callback)
  stream.on('end', () => {
    received.push({
      from: session.envelope.mailFrom && session.envelope.mailFrom.address,
      to: session.envelope.rcptTo.map((recipient) => recipient.address),
      user: session.user,
      raw: Buffer.concat(chunks).toString('utf8'),
    })
    callback()
  })
}

const startSmtpServer = async (): Promise<SMTPServer> => {
  const server = new SMTPServer({
    authOptional: false,
    // No TLS on the loopback test server: allow AUTH over the plain connection.
    allowInsecureAuth: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onAuth: checkCredentials,
    onData: collectMessage,
  })
  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
  return server
}

const closeSmtpServer = (server: SMTPServer) => new Promise<void>((resolve) => server.close(() => resolve()))

/** The value of one header of a raw message (unfolded). */
const headerOf = (raw: string, name: string): string | undefined => {
  const head = raw.split(/\r?\n\r?\n/)[0].replace(/\r?\n[ \t]+/g, ' ')
  const line = head.split(/\r?\n/).find((candidate) => candidate.toLowerCase().startsWith(`${name.toLowerCase()}:`))
  return line?.slice(name.length + 1).trim()
}

describe('email adapter', () => {
  let payload: Payload
  let server: SMTPServer
  let port: number
  const savedEnv = Object.fromEntries(ENV_KEYS.map((key) => [key, process.env[key]]))

  const restoreEnv = () => {
    for (const key of ENV_KEYS) {
      if (savedEnv[key] === undefined) delete process.env[key]
      else process.env[key] = savedEnv[key]
    }
  }

  const useSmtp = (password = SMTP_PASS) => {
    process.env.SMTP_HOST = '127.0.0.1'
    process.env.SMTP_PORT = String(port)
    process.env.SMTP_USER = SMTP_USER
    process.env.SMTP_PASS = password
    process.env.SMTP_FROM_ADDRESS = FROM_ADDRESS
    process.env.SMTP_FROM_NAME = FROM_NAME
    delete process.env.SMTP_SECURE
  }

  const initAdapter = async () => (await emailAdapter())({ payload })

  beforeAll(async () => {
    payload = await getTestPayload()
    server = await startSmtpServer()
    port = (server.server.address() as AddressInfo).port
  })

  afterEach(() => {
    restoreEnv()
    vi.restoreAllMocks()
  })

  afterAll(async () => {
    restoreEnv()
    if (server) await closeSmtpServer(server)
  })

  it('delivers over SMTP, authenticated, from SMTP_FROM_NAME <SMTP_FROM_ADDRESS>', async () => {
    useSmtp()
    const adapter = await initAdapter()
    const before = received.length

    await adapter.sendEmail({
      to: 'reviewer@vetted.test',
      subject: 'Review requested: SMTP test',
      text: 'Please review the draft about sleep hygiene.',
    })

    expect(received).toHaveLength(before + 1)
    const message = received.at(-1)!
    expect(message.user).toBe(SMTP_USER)
    expect(message.to).toEqual(['reviewer@vetted.test'])
    expect(message.from).toBe(FROM_ADDRESS)
    expect(headerOf(message.raw, 'To')).toBe('reviewer@vetted.test')
    expect(headerOf(message.raw, 'Subject')).toBe('Review requested: SMTP test')
    expect(headerOf(message.raw, 'From')).toBe(`${FROM_NAME} <${FROM_ADDRESS}>`)
    expect(message.raw).toContain('Please review the draft about sleep hygiene.')
  })

  it('rejects sendEmail when the server refuses the credentials', async () => {
    useSmtp('wrong password')
    // The adapter verifies the transport on creation and logs the failed login: keep the output clean.
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {})
    const adapter = await initAdapter()
    const before = received.length

    await expect(
      adapter.sendEmail({ to: 'reviewer@vetted.test', subject: 'Never delivered', text: 'Should not arrive.' }),
    ).rejects.toMatchObject({ code: 'EAUTH' })

    expect(received).toHaveLength(before)
    expect(logged).toHaveBeenCalled()
  })

  it('keeps messages in the outbox without SMTP_HOST and sends nothing', async () => {
    for (const key of ENV_KEYS) delete process.env[key]
    const adapter = await initAdapter()
    const before = received.length

    await adapter.sendEmail({ to: 'editor@vetted.test', subject: 'Outbox only', text: 'Stays on this machine.' })

    expect(received).toHaveLength(before)
    expect(outbox.at(-1)).toMatchObject({
      to: 'editor@vetted.test',
      subject: 'Outbox only',
      text: 'Stays on this machine.',
    })
    expect(outbox.at(-1)?.from).toBe('Vetted <no-reply@vetted.local>')
  })
})
