import type { Payload } from 'payload'
import { dossierDocx } from './dossierDocx'
import { findOrCreate } from './findOrCreate'

const docxMime = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

/** A seed document (dossier file, press material) written as Markdown, stored once as a DOCX upload of the agency it belongs to; returns its ID. */
export async function seedDocxFile(payload: Payload, title: string, markdown: string, fileName: string, agency?: string): Promise<string> {
  const { id } = await findOrCreate(
    payload,
    'files',
    { title: { equals: title } },
    () => ({ title, agency }),
    async () => {
      const data = await dossierDocx(title, markdown)
      return { data, mimetype: docxMime, name: fileName, size: data.length }
    },
  )
  return id
}
