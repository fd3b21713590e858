import type { CollectionConfig, Payload } from 'payload'
import { anyone } from '../access/anyone'
import { provinceEditors } from '../access/provinceEditors'
import { contentKinds } from '../../shared/contentKinds'
import { siteBase } from '../../shared/siteAddress'
import { isSitePath, sitePath as pathOf } from '../../shared/sitePath'

// An address pasted from the site, base path and all, is stored as the path inside the site.
const sitePath = (input: string) => pathOf(input, siteBase)

/** Follows redirects from `start` and returns the chain if it comes back to `from` (a loop), or undefined. */
async function loopThrough(payload: Payload, from: string, start: string, ownId?: string | number): Promise<string[] | undefined> {
  const { docs } = await payload.find({ collection: 'redirects', depth: 0, pagination: false, overrideAccess: true })
  const next = new Map(docs.filter((doc) => doc.id !== ownId).map((doc) => [doc.from, doc.to]))
  const chain = [from, start]
  for (let at = start; next.has(at);) {
    at = next.get(at)!
    chain.push(at)
    if (at === from) return chain
    if (chain.length > docs.length + 2) break
  }
  return start === from ? chain : undefined
}

/**
 * Addresses moved by hand, for what the site cannot know by itself: an agency or topic renamed after a merger, a page
 * replaced by another. Renamed documents need none: their old slugs redirect on their own. The build writes a
 * redirect page for each, and leaves out (and logs) one whose target is not a page of the site.
 */
export const Redirects: CollectionConfig = {
  slug: contentKinds.redirects.collection,
  labels: contentKinds.redirects.label,
  admin: { useAsTitle: 'from', defaultColumns: ['from', 'to', 'note'], group: 'Danh mục' },
  access: { read: anyone, create: provinceEditors, update: provinceEditors, delete: provinceEditors },
  hooks: {
    beforeValidate: [
      ({ data }) => {
        if (data?.from) data.from = sitePath(String(data.from))
        if (data?.to) data.to = sitePath(String(data.to))
        return data
      },
    ],
  },
  fields: [
    {
      name: 'from',
      label: 'Địa chỉ cũ',
      type: 'text',
      required: true,
      unique: true,
      admin: { description: 'Đường dẫn trên trang công khai, ví dụ co-quan/so-thong-tin-va-truyen-thong/.' },
      validate: (value: string | null | undefined) =>
        value && isSitePath(sitePath(value)) ? true : 'Đường dẫn chỉ gồm chữ không dấu, số và dấu gạch, ví dụ co-quan/so-y-te/.',
    },
    {
      name: 'to',
      label: 'Chuyển đến',
      type: 'text',
      required: true,
      admin: { description: 'Đường dẫn của trang thay thế, ví dụ co-quan/so-khoa-hoc-va-cong-nghe/.' },
      validate: async (
        value: string | null | undefined,
        { data, req, id }: { data: Partial<{ from: string }>; req: { payload: Payload }; id?: string | number },
      ) => {
        if (!value || !isSitePath(sitePath(value))) return 'Đường dẫn chỉ gồm chữ không dấu, số và dấu gạch, ví dụ co-quan/so-y-te/.'
        const from = data.from ? sitePath(data.from) : undefined
        if (!from) return true
        const loop = await loopThrough(req.payload, from, sitePath(value), id)
        return loop ? `Chuyển hướng này tạo thành vòng lặp: ${loop.join(' → ')}.` : true
      },
    },
    { name: 'note', label: 'Lý do', type: 'textarea', admin: { description: 'Ví dụ: cơ quan hợp nhất theo quyết định số …' } },
  ],
}
