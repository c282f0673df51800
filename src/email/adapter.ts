import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import nodemailer from 'nodemailer'
import type Mail from 'nodemailer/lib/mailer'
import type { SendEmailOptions } from 'payload'

import { isBuildPhase } from '@/lib/env'

/** Messages sent without SMTP (development, tests): printed and kept here, newest last. */
export const outbox: SendEmailOptions[] = []
const OUTBOX_LIMIT = 200
let sent = 0

/** How many messages the console transport has taken so far; pass it to `sentSince` later. */
export const sentCount = () => sent

/** The messages taken since `count` was read (those still kept: at most the last 200). */
export const sentSince = (count: number): SendEmailOptions[] =>
  outbox.slice(Math.max(0, outbox.length - (sent - count)))

/** A nodemailer transport that prints each message and keeps it in `outbox` instead of sending it. */
const consoleTransport = () =>
  nodemailer.createTransport({
    name: 'console',
    version: '1',
    send: (mail: { data: Mail.Options }, done: (error: Error | null, info: { messageId: string }) => void) => {
      const message = mail.data as SendEmailOptions
      sent++
      outbox.push(message)
      if (outbox.length > OUTBOX_LIMIT) outbox.shift()
      if (process.env.NODE_ENV !== 'test') {
        console.info(`[email] to ${String(message.to)}: ${message.subject}\n${message.text ?? ''}`)
      }
      done(null, { messageId: `console-${outbox.length}` })
    },
  })

/**
 * Payload's nodemailer adapter: SMTP when SMTP_HOST is set (SMTP_PORT, SMTP_USER, SMTP_PASS,
 * SMTP_SECURE); otherwise messages are printed to the console and kept in `outbox`.
 */
export const emailAdapter = () => {
  const defaults = {
    defaultFromAddress: process.env.SMTP_FROM_ADDRESS || 'no-reply@vetted.local',
    defaultFromName: process.env.SMTP_FROM_NAME || 'Vetted',
  }
  const host = process.env.SMTP_HOST
  if (!host) return nodemailerAdapter({ ...defaults, transport: consoleTransport(), skipVerify: true })
  return nodemailerAdapter({
    ...defaults,
    // `next build` evaluates the config but sends nothing: no connection to the SMTP server then.
    skipVerify: isBuildPhase(),
    transportOptions: {
      host,
      port: Number(process.env.SMTP_PORT) || 587,
      secure: process.env.SMTP_SECURE === 'true',
      auth: process.env.SMTP_USER ? { user: process.env.SMTP_USER, pass: process.env.SMTP_PASS } : undefined,
    },
  })
}
