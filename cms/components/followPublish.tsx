'use client'
import { toast } from '@payloadcms/ui'
import type { SiteBuildStatus } from '../../shared/siteBuildStatus'

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const readJson = async <T,>(url: string): Promise<T | undefined> => {
  const response = await fetch(url, { credentials: 'include', cache: 'no-store' })
  return response.ok ? ((await response.json()) as T) : undefined
}

type Published = { _status?: string; slug?: string; updatedAt?: string }

/**
 * After a publish in the admin: waits for the published version to be saved, then follows the public site's rebuild
 * (the build status the publisher reports) until the page is live, and says so with the link to it. A change is live
 * once the snapshot the live site was built from was taken after it was saved (`liveAsOf`).
 */
export async function followPublish({
  api,
  collection,
  id,
  before,
  addressOf,
}: {
  api: string
  collection: string
  id: () => string | undefined
  /** When the published version was saved before this publish (undefined: never published). */
  before: string | undefined
  addressOf: (slug: string) => string | undefined
}) {
  const toastId = `publish-${collection}`
  let published: Published | undefined
  for (let tries = 0; tries < 120; tries++) {
    const docId = id()
    published = docId ? await readJson<Published>(`${api}/${collection}/${docId}?depth=0`).catch(() => undefined) : undefined
    if (published?._status === 'published' && published.updatedAt !== before) break
    published = undefined
    await pause(500)
  }
  if (!published?.updatedAt) return
  const address = published.slug ? addressOf(published.slug) : undefined
  toast.loading('Đã xuất bản. Đang cập nhật trang công khai…', { id: toastId, duration: Infinity })
  const savedAt = published.updatedAt
  for (let tries = 0; tries < 600; tries++) {
    const status = (await readJson<{ status?: SiteBuildStatus | null }>(`${api}/globals/site-build-status?depth=0`).catch(() => undefined))?.status
    if (!status) {
      toast.info('Đã xuất bản. Trang công khai được dựng ngoài hệ thống này: trang sẽ hiện khi lần dựng tiếp theo chạy xong.', {
        id: toastId,
        duration: 15_000,
      })
      return
    }
    if (status.liveAsOf && status.liveAsOf >= savedAt) {
      toast.success(
        <span data-publish-live>
          Đã hiển thị trên trang công khai.{' '}
          {address && (
            <a href={address} target="_blank" rel="noopener">
              Xem trên trang công khai ↗
            </a>
          )}
        </span>,
        { id: toastId, duration: 30_000 },
      )
      return
    }
    if (status.lastError && status.lastError.at >= savedAt && !status.buildingSince && !status.isPending) {
      toast.error(`Đã xuất bản, nhưng dựng lại trang công khai không thành công: ${status.lastError.message}`, { id: toastId, duration: Infinity })
      return
    }
    await pause(1000)
  }
  toast.warning('Đã xuất bản; trang công khai chưa cập nhật sau 10 phút. Xem trạng thái ở bảng điều khiển.', { id: toastId, duration: Infinity })
}
