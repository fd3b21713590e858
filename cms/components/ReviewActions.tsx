'use client'
import { Button, ConfirmationModal, Modal, useConfig, useDocumentInfo, useForm, useFormFields, useLocale, useAuth, useModal } from '@payloadcms/ui'
import type { User } from '../payload-types'
import { mayReview } from '../access/roles'
import { formatAdminURL } from 'payload/shared'
import { useState } from 'react'
import type { ReviewState } from '../../shared/reviewStates'

/**
 * The review flow in one click each, beside the save and publish buttons: an author sends content for review
 * ("Gửi duyệt"), a reviewer sends it back with a note they must write ("Trả lại"). Each asks first and saves the
 * form as a draft with the new state; the rules themselves are the server's (cms/hooks/followReviewFlow.ts).
 */
export function ReviewActions() {
  const { id, collectionSlug } = useDocumentInfo()
  // By role, not Payload's publish permission: that cannot see the rule that agency editors never publish.
  const isReviewer = mayReview(useAuth<User>().user)
  const {
    config: {
      routes: { api },
    },
  } = useConfig()
  const { code: locale } = useLocale()
  const { submit } = useForm()
  const { openModal, closeModal } = useModal()
  const state = (useFormFields(([fields]) => fields.reviewState?.value) as ReviewState | undefined) ?? 'draft'
  const title = useFormFields(([fields]) => fields.title?.value) as string | undefined
  const [note, setNote] = useState('')
  const [isSaving, setIsSaving] = useState(false)
  const submitSlug = `gui-duyet-${collectionSlug}`
  const returnSlug = `tra-lai-${collectionSlug}`
  const name = `«${title || 'Tài liệu chưa có tiêu đề'}»`

  const saveAs = async (overrides: Record<string, unknown>) => {
    const query = `?draft=true&depth=0&fallback-locale=null&locale=${encodeURIComponent(locale)}`
    await submit({
      action: formatAdminURL({ apiRoute: api, path: `/${collectionSlug}${id ? `/${id}` : ''}${query}` }),
      method: id ? 'PATCH' : 'POST',
      overrides: { _status: 'draft', ...overrides },
    })
  }

  const sendBack = async () => {
    setIsSaving(true)
    await saveAs({ reviewState: 'returned', reviewNote: note.trim() })
    setIsSaving(false)
    setNote('')
    closeModal(returnSlug)
  }

  const canSubmit = !isReviewer && (state === 'draft' || state === 'returned')
  const canReturn = isReviewer && Boolean(id) && (state === 'submitted' || state === 'approved')
  if (!canSubmit && !canReturn) return null
  return (
    <div className="review-actions" style={{ display: 'flex', gap: 'calc(var(--base) / 2)' }}>
      {canSubmit && (
        <>
          <Button buttonStyle="secondary" size="medium" margin={false} onClick={() => openModal(submitSlug)} id="action-submit-for-review">
            Gửi duyệt
          </Button>
          <ConfirmationModal
            modalSlug={submitSlug}
            heading="Gửi duyệt?"
            body={`${name} sẽ được lưu và chuyển cho người duyệt. Nội dung chưa hiển thị công khai cho tới khi người duyệt xuất bản.`}
            confirmLabel="Gửi duyệt"
            cancelLabel="Chưa gửi"
            onConfirm={() => saveAs({ reviewState: 'submitted' })}
          />
        </>
      )}
      {canReturn && (
        <>
          <Button buttonStyle="secondary" size="medium" margin={false} onClick={() => openModal(returnSlug)} id="action-return">
            Trả lại
          </Button>
          <Modal slug={returnSlug} className="confirmation-modal" closeOnBlur={false}>
            {/* Not a <form>: events bubble through the portal to Payload's own form, which would submit the document. */}
            <div className="confirmation-modal__wrapper">
              <div className="confirmation-modal__content">
                <h1>Trả lại để sửa</h1>
                <p>{name} sẽ trở về người soạn, kèm ý kiến dưới đây. Bản đang hiển thị công khai (nếu có) giữ nguyên.</p>
                <label htmlFor="review-return-note" className="field-label">
                  Ý kiến của người duyệt <span className="required">*</span>
                </label>
                <textarea
                  id="review-return-note"
                  required
                  rows={4}
                  value={note}
                  onChange={(event) => setNote(event.target.value)}
                  style={{ width: '100%', font: 'inherit', padding: 'calc(var(--base) / 2)' }}
                />
              </div>
              <div className="confirmation-modal__controls">
                <Button buttonStyle="secondary" size="large" type="button" disabled={isSaving} onClick={() => closeModal(returnSlug)}>
                  Hủy
                </Button>
                <Button size="large" type="button" disabled={isSaving || !note.trim()} id="confirm-return" onClick={sendBack}>
                  {isSaving ? 'Đang lưu…' : 'Trả lại'}
                </Button>
              </div>
            </div>
          </Modal>
        </>
      )}
    </div>
  )
}
