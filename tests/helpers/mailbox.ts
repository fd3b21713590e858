import { type ParsedMail, simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'
import { freePort } from './freePort'

export type Mailbox = { url: string; messages: ParsedMail[]; close: () => Promise<void> }

/** A real SMTP server on 127.0.0.1 (the npm smtp-server package) that keeps every message it receives, parsed. */
export async function startMailbox(): Promise<Mailbox> {
  const messages: ParsedMail[] = []
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData: (stream, _session, done) => {
      simpleParser(stream).then((mail) => {
        messages.push(mail)
        done()
      }, done)
    },
  })
  const port = await freePort()
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  return { url: `smtp://127.0.0.1:${port}`, messages, close: () => new Promise((resolve) => server.close(() => resolve())) }
}
