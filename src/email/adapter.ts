import nodemailer from 'nodemailer'
import type { EmailAdapter, SendEmailOptions } from 'payload'

/** Messages sent without SMTP (development, tests): printed and kept here, newest last. */
export const outbox: SendEmailOptions[] = []
const OUTBOX_LIMIT = 200

const from = () => ({
  defaultFromAddress: process.env.SMTP_FROM_ADDRESS || 'no-reply@vetted.local',
  defaultFromName: process.env.SMTP_FROM_NAME || 'Vetted',
})

/**
 * SMTP through nodemailer when SMTP_HOST is set (SMTP_PORT, SMTP_USER, SMTP_PASS, SMTP_SECURE);
 * otherwise messages are printed to the console and kept in `outbox`.
 */
export const emailAdapter = (): EmailAdapter => {
  const host = process.env.SMTP_HOST
  if (host) {
    const transport = nodemailer.createTransport({
      host,
      port: Number(process.env.SMTP_PORT) || 587,
      secure: process.env.SMTP_SECURE === 'true',
      auth: process.env.SMTP_USER ? { user: process.env.SMTP_USER, pass: process.env.SMTP_PASS } : undefined,
    })
    return () => ({ name: 'smtp', ...from(), sendEmail: (message) => transport.sendMail(message) })
  }
  return ({ payload }) => ({
    name: 'console',
    ...from(),
    sendEmail: async (message) => {
      outbox.push(message)
      if (outbox.length > OUTBOX_LIMIT) outbox.shift()
      if (process.env.NODE_ENV !== 'test') payload.logger.info(`Email to ${String(message.to)}: ${message.subject}\n${message.text ?? ''}`)
    },
  })
}
