import { getPayload, type Payload } from 'payload'
import config from '../../cms/payload.config'
import { seed } from '../../cms/seed'

let ready: Promise<Payload> | undefined

/** The Payload shared by all integration tests: migrated from the committed migrations and seeded once. */
export function testPayload(): Promise<Payload> {
  ready ??= (async () => {
    const payload = await getPayload({ config })
    await payload.db.migrate()
    await seed(payload)
    return payload
  })()
  return ready
}

/** The field messages of a Payload ValidationError, as an editor sees them beside each field. */
export async function validationMessages(operation: Promise<unknown>): Promise<string[]> {
  try {
    await operation
  } catch (error) {
    const errors = (error as { data?: { errors?: { message: string }[] } }).data?.errors ?? []
    return errors.map((item) => item.message)
  }
  throw new Error('Expected the operation to fail validation, but it succeeded.')
}
