'use client'
import { Button, useConfig, useSelection } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'
import { commentStates } from '../../shared/comments'
import { moderate, moderationChoices } from './commentModeration'

/** Above the comments list: moves every selected comment to a state in one click (the citizen's words stay as sent). */
export function CommentBulkModeration() {
  const { count, getQueryParams } = useSelection()
  const {
    config: {
      routes: { api },
    },
  } = useConfig()
  const router = useRouter()
  const [isSaving, setIsSaving] = useState(false)
  if (!count) return <p data-bulk-moderation>Chọn góp ý trong bảng để chuyển trạng thái nhiều góp ý một lần; hoặc bấm nút ở từng dòng.</p>
  return (
    <div
      data-bulk-moderation
      role="group"
      aria-label="Chuyển trạng thái các góp ý đã chọn"
      style={{ display: 'flex', flexWrap: 'wrap', gap: '0.5rem', alignItems: 'center', marginBottom: '1rem' }}
    >
      <span>Đã chọn {count} góp ý. Chuyển sang:</span>
      {moderationChoices.map((choice) => (
        <Button
          key={choice}
          buttonStyle="secondary"
          size="small"
          margin={false}
          disabled={isSaving}
          onClick={async () => {
            setIsSaving(true)
            if (await moderate(api, getQueryParams(), choice)) router.refresh()
            setIsSaving(false)
          }}
        >
          {commentStates[choice]}
        </Button>
      ))}
    </div>
  )
}
