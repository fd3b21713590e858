'use client'
import { ConfirmationModal, PublishButton, useConfig, useDocumentInfo, useFormFields, useAuth, useModal } from '@payloadcms/ui'
import type { User } from '../payload-types'
import { mayReview } from '../access/roles'
import { useRef } from 'react'
import { followPublish } from './followPublish'

type Props = { siteRoot: string; segments: Record<string, string> }

/**
 * Payload's publish button, named for what it does in review ("Duyệt và xuất bản"), asking first with the title and
 * the public address that will show it, then following the rebuild until the page is live. The arrow beside it
 * (schedule, one language only) keeps Payload's own steps.
 */
export function ConfirmedPublishButton({ siteRoot, segments }: Props) {
  const { id, collectionSlug, hasPublishPermission } = useDocumentInfo()
  const {
    config: {
      routes: { api },
    },
  } = useConfig()
  const title = useFormFields(([fields]) => fields.title?.value) as string | undefined
  const slug = useFormFields(([fields]) => fields.slug?.value) as string | undefined
  const { openModal } = useModal()
  const isReviewer = mayReview(useAuth<User>().user)
  const wrapper = useRef<HTMLDivElement>(null)
  const confirmed = useRef(false)
  const modalSlug = `xac-nhan-xuat-ban-${collectionSlug}`
  const segment = collectionSlug ? segments[collectionSlug] : undefined
  const addressOf = (given: string) => (segment ? new URL(`${segment}/${given}/`, siteRoot).href : undefined)
  const address = slug ? addressOf(slug) : undefined

  const publish = async () => {
    const collection = collectionSlug!
    // What was live before, so the follow-up waits for this publish and not an earlier one.
    const before = id
      ? ((await (await fetch(`${api}/${collection}/${id}?depth=0`, { credentials: 'include' }).catch(() => undefined))?.json().catch(() => undefined)) as
          { _status?: string; updatedAt?: string } | undefined)
      : undefined
    confirmed.current = true
    wrapper.current?.querySelector<HTMLButtonElement>('#action-save')?.click()
    confirmed.current = false
    // A new document gets its id as it is saved; the admin then moves to its address.
    const currentId = () => (id === undefined ? undefined : String(id)) ?? window.location.pathname.match(/\/collections\/[^/]+\/([^/]+)$/)?.[1]
    void followPublish({ api, collection, id: currentId, before: before?._status === 'published' ? before.updatedAt : undefined, addressOf })
  }

  // Agency editors never publish (cms/access/agencyScoped.ts); Payload's own permission check cannot see that rule.
  if (!hasPublishPermission || !isReviewer) return null
  return (
    <>
      <div
        ref={wrapper}
        style={{ display: 'contents' }}
        onClickCapture={(event) => {
          if (confirmed.current || !(event.target as Element).closest('#action-save')) return
          event.preventDefault()
          event.stopPropagation()
          openModal(modalSlug)
        }}
      >
        <PublishButton label="Duyệt và xuất bản" />
      </div>
      <ConfirmationModal
        modalSlug={modalSlug}
        heading="Xuất bản lên trang công khai?"
        body={
          <p data-publish-confirmation>
            «{title || 'Tài liệu chưa có tiêu đề'}» sẽ hiển thị công khai
            {address ? (
              <>
                {' '}
                tại <strong>{address}</strong>
              </>
            ) : segment ? (
              ' tại địa chỉ tạo từ tiêu đề'
            ) : (
              ''
            )}{' '}
            trong ít giây sau khi xuất bản, cho mọi người đọc.
          </p>
        }
        confirmLabel="Xuất bản"
        cancelLabel="Chưa xuất bản"
        onConfirm={publish}
      />
    </>
  )
}
