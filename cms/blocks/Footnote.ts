import type { Block } from 'payload'

/**
 * A footnote inside rich text (chú thích): an inline block at the point it refers to. The site numbers footnotes
 * per page; the PDF, EPUB and DOCX downloads turn them into real footnotes.
 */
export const Footnote: Block = {
  slug: 'footnote',
  labels: { singular: 'Chú thích', plural: 'Chú thích' },
  fields: [{ name: 'note', label: 'Nội dung chú thích', type: 'textarea', required: true }],
}
