import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import { parse } from 'node-html-parser'
import type { EmailAdapter } from 'payload'
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import nodemailer from 'nodemailer'
import type { Transport } from 'nodemailer'
import { isProduction } from './environment'
import { dataDir } from './paths'
import { settings } from '../../shared/settings'

/** Where development writes its mail instead of sending it: one .eml file per message, readable by any mail program. */
export const mailFolder = () => path.join(dataDir, 'mail')

// A nodemailer transport that writes the finished message into the mail folder.
const mailFolderTransport: Transport = {
  name: 'mail-folder',
  version: '1',
  send: (mail, done) =>
    mail.message.build((error, message) => {
      if (error) return done(error, undefined as never)
      mkdirSync(mailFolder(), { recursive: true })
      writeFileSync(path.join(mailFolder(), `${new Date().toISOString().replace(/[:.]/g, '-')}-${mail.message.messageId().replace(/[<>@]/g, '')}.eml`), message)
      done(null, { envelope: mail.message.getEnvelope(), messageId: mail.message.messageId() } as never)
    }),
}

/**
 * SMTP_URL with `pool=true&maxConnections=20` unless it says otherwise: alerts go to thousands of addresses, and one
 * connection carries only about 20 messages a second (each waits for the server's answer), so twenty are kept open.
 */
export function pooled(url: string): string {
  const pooledUrl = new URL(url)
  if (!pooledUrl.searchParams.has('pool')) pooledUrl.searchParams.set('pool', 'true')
  if (!pooledUrl.searchParams.has('maxConnections')) pooledUrl.searchParams.set('maxConnections', '20')
  return pooledUrl.href
}

/** "Tên <dia-chi@...>" or a bare address, as MAIL_FROM holds it. */
function sender(from: string): { name: string; address: string } {
  const match = /^\s*(.*?)\s*<([^>]+)>\s*$/.exec(from)
  return match ? { name: match[1]!.replace(/^"|"$/g, ''), address: match[2]! } : { name: 'Truyền thông chính sách', address: from.trim() }
}

/**
 * Payload's mail: through SMTP_URL (smtp:// or smtps://, with user and password in it) from MAIL_FROM. Without
 * SMTP_URL, development writes every message to data/mail/ and production refuses to start, since password reset
 * and notifications need mail. Nothing is sent to a test service on the internet.
 */
export function emailAdapter() {
  const { SMTP_URL: url, MAIL_FROM } = settings()
  if (!url && isProduction) {
    throw new Error(
      'SMTP_URL is not set: password reset and notifications send e-mail. Set SMTP_URL (for example smtp://user:password@mail.example.gov.vn:587) and MAIL_FROM, and start again.',
    )
  }
  const from = sender(MAIL_FROM)
  return withPlainText(
    nodemailerAdapter({
      defaultFromAddress: from.address,
      defaultFromName: from.name,
      transport: url ? nodemailer.createTransport(pooled(url)) : nodemailer.createTransport(mailFolderTransport),
      skipVerify: true,
    }),
  )
}

/** Every message also as plain text (Payload's own, such as password reset, come as HTML only). */
async function withPlainText(adapter: Promise<EmailAdapter>): Promise<EmailAdapter> {
  const make = await adapter
  return (args) => {
    const made = make(args)
    return {
      ...made,
      sendEmail: (message) =>
        made.sendEmail({
          ...message,
          text: message.text ?? (typeof message.html === 'string' ? parse(message.html).structuredText.replace(/\n{3,}/g, '\n\n') : undefined),
        }),
    }
  }
}

/** The From line of a message an agency sends through the platform: "<agency> · Truyền thông chính sách" <address>. */
export function agencySender(defaultFromAddress: string, agencyName?: string): string {
  return `"${agencyName ? `${agencyName} · ` : ''}Truyền thông chính sách" <${defaultFromAddress}>`
}
