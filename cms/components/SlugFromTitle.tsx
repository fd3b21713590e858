'use client'
import { SlugField, useField, useFormFields } from '@payloadcms/ui'
import type { TextFieldClientProps } from 'payload'
import { type ComponentProps, useEffect, useRef } from 'react'
import { toSlug } from '../../shared/toSlug'

/**
 * Payload's slug field, filled in as the title is typed for as long as the document's address is still made from its
 * title (Payload's hidden `generateSlug` box: a new document until it is first saved) and the editor has not written
 * one of their own (they unlock the field to do so; saving keeps theirs).
 */
export function SlugFromTitle(props: TextFieldClientProps & { useAsSlug: string }) {
  const path = props.path ?? props.field.name
  const title = useFormFields(([fields]) => fields[props.useAsSlug]?.value)
  const followsTitle = useFormFields(([fields]) => fields.generateSlug?.value) !== false
  const { value, setValue } = useField<string>({ path })
  // The slugs this component wrote (the form's value can lag a few keystrokes behind); any other means the editor
  // wrote their own.
  const written = useRef(new Set(['']))
  const takenOver = useRef(false)
  useEffect(() => {
    if (!written.current.has(value ?? '')) takenOver.current = true
    if (takenOver.current || !followsTitle || typeof title !== 'string') return
    const slug = toSlug(title)
    written.current.add(slug)
    if (slug !== (value ?? '')) setValue(slug)
  }, [followsTitle, title, value, setValue])
  return <SlugField {...(props as ComponentProps<typeof SlugField>)} />
}
