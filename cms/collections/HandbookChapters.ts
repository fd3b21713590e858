import type { CollectionConfig } from 'payload'
import { provinceEditors } from '../access/provinceEditors'
import { publishedOrSignedIn } from '../access/publishedOrSignedIn'
import { signedIn } from '../access/signedIn'
import { slugField } from '../fields/slug'
import { contentKinds } from '../../shared/contentKinds'
import { contentVersions } from '../config/versions'
import { editionWithdrawnField } from '../fields/editionWithdrawn'

/** Chapters of the handbook on policy communication (Sổ tay truyền thông chính sách). */
export const HandbookChapters: CollectionConfig = {
  slug: contentKinds.handbookChapters.collection,
  labels: contentKinds.handbookChapters.label,
  admin: { useAsTitle: 'title', defaultColumns: ['order', 'title', 'edition', '_status'], group: 'Nội dung' },
  defaultSort: 'order',
  access: { read: publishedOrSignedIn, readVersions: signedIn, create: provinceEditors, update: provinceEditors, delete: provinceEditors },
  versions: contentVersions,
  fields: [
    { name: 'edition', label: 'Ấn bản', type: 'text', required: true, defaultValue: '2023–2026' },
    { name: 'order', label: 'Thứ tự chương', type: 'number', required: true, min: 1 },
    { name: 'title', label: 'Tên chương', type: 'text', required: true, localized: true },
    slugField(),
    { name: 'summary', label: 'Tóm tắt', type: 'textarea', localized: true },
    { name: 'body', label: 'Nội dung', type: 'richText', required: true, localized: true },
    editionWithdrawnField,
  ],
}
