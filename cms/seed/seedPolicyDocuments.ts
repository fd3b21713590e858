import type { Payload } from 'payload'
import type { PolicyDocument } from '../payload-types'
import { findOrCreate } from './findOrCreate'
import { idBy, idsBy } from './lookup'
import { markdownToRichText } from './markdownToRichText'
import { readMarkdownFolder } from './readContent'

type TaskSeed = {
  code?: string
  title: string
  titleIsEditorial?: boolean
  content?: string
  lead?: string[]
  leadNote?: string
  coordinating?: string[]
  coordinationNote?: string
  timing: string
}
type PolicyDocumentSeed = {
  kind: PolicyDocument['kind']
  numberAndSymbol: string
  /** YAML reads an unquoted 2023-09-29 as a Date at UTC midnight; either form means that calendar day. */
  issuedAt: string | Date
  issuingAgency: string
  title: string
  taskGroups?: { code: string; title: string }[]
  tasks: TaskSeed[]
}

/** Issued plans and directives, such as Kế hoạch 6684/KH-UBND, with their tasks. */
export async function seedPolicyDocuments(payload: Payload) {
  for (const { name, data, body } of await readMarkdownFolder<PolicyDocumentSeed>('policy-documents')) {
    const slug = name.replace(/\.md$/, '')
    await findOrCreate(payload, 'policy-documents', { slug: { equals: slug } }, async () => {
      const tasks = []
      for (const task of data.tasks) {
        tasks.push({
          code: task.code,
          title: task.title.trim(),
          titleIsEditorial: task.titleIsEditorial,
          content: task.content?.trim(),
          leadAgencies: await idsBy(payload, 'agencies', 'name', task.lead),
          leadNote: task.leadNote,
          coordinatingAgencies: await idsBy(payload, 'agencies', 'name', task.coordinating),
          coordinationNote: task.coordinationNote,
          timing: task.timing,
        })
      }
      return {
        kind: data.kind,
        numberAndSymbol: data.numberAndSymbol,
        issuedAt: new Date(`${dayOf(data.issuedAt)}T00:00:00+07:00`).toISOString(),
        issuingAgency: await idBy(payload, 'agencies', 'name', data.issuingAgency),
        title: data.title,
        slug,
        body: await markdownToRichText(payload.config, body),
        taskGroups: data.taskGroups,
        tasks,
        _status: 'published',
      }
    })
  }
}

const dayOf = (value: string | Date): string => (value instanceof Date ? value.toISOString().slice(0, 10) : value)
