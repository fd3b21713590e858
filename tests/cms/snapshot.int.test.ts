import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { exportSnapshot, readSnapshot } from '../../cms/snapshot/exportSnapshot'
import type { Snapshot } from '../../shared/snapshot'
import { testPayload, validationMessages } from '../helpers/payload'
import { uniqueMarker } from '../helpers/uniqueMarker'
import { richText } from '../helpers/richText'
import { plantUnpublishedDocuments } from '../helpers/unpublishedDocuments'

let payload: Payload
let marker: string
let snapshot: Snapshot
let snapshotText: string
const snapshotDir = path.join(process.env.SNAPSHOT_DIR as string, 'leak-test')

/** Every file the export wrote, as text, so a marker anywhere in it is found. */
async function readAllText(dir: string): Promise<string> {
  const names = await readdir(dir, { recursive: true, withFileTypes: true })
  const texts = await Promise.all(names.filter((entry) => entry.isFile()).map((entry) => readFile(path.join(entry.parentPath, entry.name), 'latin1')))
  return texts.join('\n')
}

beforeAll(async () => {
  payload = await testPayload()
  marker = uniqueMarker('anh-chup')
  await plantUnpublishedDocuments(payload, marker)
  snapshot = await exportSnapshot(payload, snapshotDir)
  snapshotText = await readAllText(snapshotDir)
})

describe('the published snapshot', () => {
  it('contains every published document of each kind', async () => {
    for (const [collection, key] of [
      ['drafts', 'drafts'],
      ['explainers', 'explainers'],
      ['handbook-chapters', 'handbookChapters'],
      ['policy-documents', 'policyDocuments'],
      ['press-briefings', 'pressBriefings'],
    ] as const) {
      const published = await payload.find({ collection, where: { _status: { equals: 'published' } }, pagination: false, depth: 0 })
      expect(snapshot[key].map((doc) => doc.id).sort()).toEqual(published.docs.map((doc) => doc.id).sort())
    }
  })

  it('never contains an unpublished document or a pending edit, in any file', () => {
    expect(snapshot.drafts.length).toBeGreaterThan(0)
    expect(snapshotText).not.toContain(marker)
  })

  it('writes one JSON file per kind, read back the same', async () => {
    const drafts = JSON.parse(await readFile(path.join(snapshotDir, 'drafts.json'), 'utf8'))
    expect(drafts).toEqual(snapshot.drafts)
  })

  it('holds no personal data of accounts', async () => {
    const users = await payload.find({ collection: 'users', pagination: false })
    expect(users.docs.length).toBeGreaterThan(0)
    for (const user of users.docs) {
      expect(snapshotText).not.toContain(user.email)
      expect(snapshotText).not.toContain(user.name)
    }
    expect(snapshotText).not.toMatch(/"(hash|salt|password|roles)"/)
  })

  it('renders rich text to HTML and keeps Vietnamese intact', () => {
    const chapter = snapshot.handbookChapters[0]!
    expect(chapter.editions.vi.bodyHtml).toMatch(/^<(h2|p)>/)
    expect(chapter.editions.vi.bodyHtml).toContain('truyền thông chính sách')
    expect(chapter.editions.vi.bodyHtml.normalize('NFC')).toBe(chapter.editions.vi.bodyHtml)
  })

  it('copies the dossier files it refers to', async () => {
    const draft = snapshot.drafts.find((doc) => doc.dossier.length > 0)!
    const file = draft.dossier[0]!.file
    const bytes = await readFile(path.join(snapshotDir, file.path))
    expect(bytes.length).toBe(file.bytes)
    expect(bytes.subarray(0, 2).toString()).toBe('PK')
  })

  it('lists other-language editions only where they exist, marked reference-only for minority languages', () => {
    const withKatu = snapshot.explainers.find((doc) => doc.editions.ktv)!
    expect(withKatu.editions.ktv?.isReferenceOnly).toBe(true)
    expect(withKatu.editions.vi.isReferenceOnly).toBe(false)
    expect(withKatu.editions.ktv?.translation?.orthography).toBeTruthy()
    expect(withKatu.editions.ktv?.translation?.sample).toBe(true)
    // The demo's three English editions, and no empty English edition on any other explainer.
    const english = snapshot.explainers.filter((doc) => doc.editions.en)
    expect(english.map((doc) => doc.slug).sort()).toEqual([
      'gop-y-du-thao-van-ban-quyen-cua-ban',
      'han-muc-giao-dat-o-nhung-diem-can-biet',
      'nhan-biet-tin-gia-ve-chinh-sach',
    ])
    for (const doc of english) expect(doc.editions.en!.isReferenceOnly).toBe(false)
    expect(snapshot.handbookChapters.filter((doc) => doc.editions.en).map((doc) => doc.slug)).toEqual(['xu-ly-khung-hoang-truyen-thong'])
  })
})

describe('publishing one language', () => {
  it("does not publish another language's pending draft", async () => {
    const agency = (await payload.find({ collection: 'agencies', limit: 1 })).docs[0]!
    const pending = uniqueMarker('ban-dich-cho-duyet')
    const doc = await payload.create({
      collection: 'explainers',
      data: {
        title: 'Bài song ngữ',
        slug: '',
        lead: 'Tiếng Việt.',
        body: richText('Tiếng Việt.'),
        lifecycleStage: 'implementation',
        agency: agency.id,
        _status: 'published',
      },
    })
    await payload.update({ collection: 'explainers', id: doc.id, locale: 'ktv', draft: true, data: { title: pending, lead: pending, _status: 'draft' } })
    await payload.update({ collection: 'explainers', id: doc.id, locale: 'vi', data: { lead: 'Tiếng Việt, đã sửa.', _status: 'published' } })

    const publicKatu = await payload.findByID({ collection: 'explainers', id: doc.id, locale: 'ktv', fallbackLocale: false, overrideAccess: false })
    const publicVietnamese = await payload.findByID({ collection: 'explainers', id: doc.id, locale: 'vi', overrideAccess: false })
    expect(publicVietnamese.lead).toBe('Tiếng Việt, đã sửa.')
    expect(JSON.stringify(publicKatu)).not.toContain(pending)
    const editorView = await payload.findByID({ collection: 'explainers', id: doc.id, locale: 'ktv', draft: true })
    expect(editorView.lead).toBe(pending)
  })

  it('lists the slugs a page was published under before, and never a slug that was only ever a draft', async () => {
    const agency = (await payload.find({ collection: 'agencies', where: { ceasedOn: { exists: false } }, limit: 1 })).docs[0]!
    const stamp = uniqueMarker('doi-ten').toLowerCase()
    const doc = await payload.create({
      collection: 'explainers',
      data: {
        title: 'Bài đổi tên',
        slug: `${stamp}-a`,
        lead: 'Bài.',
        body: richText('Bài.'),
        lifecycleStage: 'implementation',
        agency: agency.id,
        _status: 'published',
      },
    })
    // Exported once before the rename: a running CMS remembers what it found, and must notice the new version.
    expect((await readSnapshot(payload)).snapshot.explainers.find((explainer) => explainer.id === String(doc.id))!.formerSlugs).toBeUndefined()
    // A draft under another slug, never published: that address was never public.
    await payload.update({ collection: 'explainers', id: doc.id, data: { slug: `${stamp}-nhap`, _status: 'draft' }, draft: true })
    await payload.update({ collection: 'explainers', id: doc.id, data: { slug: `${stamp}-c`, _status: 'published' } })
    const { snapshot } = await readSnapshot(payload)
    const item = snapshot.explainers.find((explainer) => explainer.id === String(doc.id))!
    expect(item.slug).toBe(`${stamp}-c`)
    expect(item.formerSlugs).toEqual([`${stamp}-a`])
    // A page never renamed has none.
    expect(snapshot.explainers.find((explainer) => explainer.slug === 'nhan-biet-tin-gia-ve-chinh-sach')!.formerSlugs).toBeUndefined()
  })

  it('remembers a language edition that was published and then withdrawn, and no edition that never was public', async () => {
    const agency = (await payload.find({ collection: 'agencies', where: { ceasedOn: { exists: false } }, limit: 1 })).docs[0]!
    const stamp = uniqueMarker('rut-ban-dich').toLowerCase()
    const doc = await payload.create({
      collection: 'explainers',
      data: {
        title: 'Bài có bản dịch',
        slug: stamp,
        lead: 'Bài.',
        body: richText('Bài.'),
        lifecycleStage: 'implementation',
        agency: agency.id,
        _status: 'published',
      },
    })
    await payload.update({
      collection: 'explainers',
      id: doc.id,
      locale: 'en',
      data: { title: 'An explainer with a translation', lead: 'English.', body: richText('English.'), _status: 'published' },
    })
    // A Cơ Tu edition saved as a draft only: never public, so never "withdrawn".
    await payload.update({ collection: 'explainers', id: doc.id, locale: 'ktv', draft: true, data: { title: 'Bản Cơ Tu đang dịch', _status: 'draft' } })
    const item = async () => (await readSnapshot(payload)).snapshot.explainers.find((explainer) => explainer.id === String(doc.id))!
    expect(Object.keys((await item()).editions).sort()).toEqual(['en', 'vi'])
    expect((await item()).formerEditions).toBeUndefined()
    // The English edition is withdrawn, in English, and published.
    await payload.update({ collection: 'explainers', id: doc.id, locale: 'en', data: { editionWithdrawn: true, _status: 'published' } })
    const after = await item()
    expect(Object.keys(after.editions)).toEqual(['vi'])
    expect(after.formerEditions).toEqual(['en'])
    // The Vietnamese edition is the document: it is unpublished, not withdrawn.
    expect(
      await validationMessages(payload.update({ collection: 'explainers', id: doc.id, locale: 'vi', data: { editionWithdrawn: true, _status: 'published' } })),
    ).toEqual(['Không rút được ấn bản tiếng Việt: hãy gỡ xuất bản cả tài liệu.'])
  })

  it('leaves a republished document published, not "a draft with a published version", when no other language waits', async () => {
    const agency = (await payload.find({ collection: 'agencies', limit: 1 })).docs[0]!
    const doc = await payload.create({
      collection: 'explainers',
      data: {
        title: 'Bài sửa rồi xuất bản lại',
        slug: '',
        lead: 'Bản đầu.',
        body: richText('Bản đầu.'),
        lifecycleStage: 'implementation',
        agency: agency.id,
        _status: 'published',
      },
    })
    await payload.update({ collection: 'explainers', id: doc.id, locale: 'vi', data: { lead: 'Bản đã sửa.', _status: 'published' } })
    // The admin's list and edit screen show the latest version's status.
    const { docs } = await payload.findVersions({
      collection: 'explainers',
      where: { and: [{ parent: { equals: doc.id } }, { latest: { equals: true } }] },
      depth: 0,
    })
    expect(docs.map((version) => version.version._status)).toEqual(['published'])
    expect((await payload.findByID({ collection: 'explainers', id: doc.id, locale: 'vi', overrideAccess: false })).lead).toBe('Bản đã sửa.')
  })

  it('publishes the pending translation when that language is published', async () => {
    const agency = (await payload.find({ collection: 'agencies', limit: 1 })).docs[0]!
    const doc = await payload.create({
      collection: 'explainers',
      data: {
        title: 'Bài có bản dịch',
        slug: '',
        lead: 'Tiếng Việt.',
        body: richText('Tiếng Việt.'),
        lifecycleStage: 'implementation',
        agency: agency.id,
        _status: 'published',
      },
    })
    await payload.update({
      collection: 'explainers',
      id: doc.id,
      locale: 'ktv',
      draft: true,
      data: { title: 'Bản Cơ Tu', lead: 'Bản Cơ Tu đã duyệt.', body: richText('Bản Cơ Tu.'), _status: 'draft' },
    })
    // The admin sends the whole form of the edition being published, as here.
    await payload.update({
      collection: 'explainers',
      id: doc.id,
      locale: 'ktv',
      data: { title: 'Bản Cơ Tu', lead: 'Bản Cơ Tu đã duyệt.', body: richText('Bản Cơ Tu.'), _status: 'published' },
    })
    const publicKatu = await payload.findByID({ collection: 'explainers', id: doc.id, locale: 'ktv', fallbackLocale: false, overrideAccess: false })
    expect(publicKatu.lead).toBe('Bản Cơ Tu đã duyệt.')
  })
})

describe('seeding', () => {
  it('changes nothing when run a second time', async () => {
    const { seed } = await import('../../cms/seed')
    const collections = [
      'agencies',
      'topics',
      'document-types',
      'spokespersons',
      'drafts',
      'explainers',
      'handbook-chapters',
      'policy-documents',
      'press-briefings',
      'files',
      'media',
    ] as const
    const before = await Promise.all(collections.map((collection) => payload.find({ collection, pagination: false, depth: 0, draft: true, sort: 'id' })))
    await seed(payload)
    const after = await Promise.all(collections.map((collection) => payload.find({ collection, pagination: false, depth: 0, draft: true, sort: 'id' })))
    for (const [index] of collections.entries()) {
      expect(after[index]!.docs.map((doc) => [doc.id, doc.updatedAt])).toEqual(before[index]!.docs.map((doc) => [doc.id, doc.updatedAt]))
    }
  })
})
