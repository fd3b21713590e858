'use client'
import { FieldDescription, FieldLabel, useField } from '@payloadcms/ui'
import type { JSONFieldClientComponent } from 'payload'

/**
 * A value the CMS works out and editors only read (comment counts, published quotes, the previous version's
 * articles), shown as text. Payload's own JSON field loads its editor (Monaco) from a public CDN: a government
 * network cannot reach it, and it would have every editor's browser call a third party.
 */
export const JsonValue: JSONFieldClientComponent = ({ field, path }) => {
  const { value } = useField<unknown>({ path: path ?? field.name })
  const description = typeof field.admin?.description === 'string' ? field.admin.description : undefined
  return (
    <div className="field-type json-value" style={{ marginBottom: 'var(--spacing-field)' }}>
      <FieldLabel label={field.label} path={path} />
      <pre
        style={{
          whiteSpace: 'pre-wrap',
          overflowWrap: 'anywhere',
          maxHeight: '24rem',
          overflow: 'auto',
          padding: '0.75rem',
          background: 'var(--theme-elevation-50)',
        }}
      >
        {value === null || value === undefined ? 'Chưa có' : JSON.stringify(value, null, 2)}
      </pre>
      {description && <FieldDescription description={description} path={path} />}
    </div>
  )
}
