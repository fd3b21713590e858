'use client'
import { useConfig } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import type { DefaultCellComponentProps } from 'payload'
import { useState } from 'react'
import { commentStates, type CommentState } from '../../shared/comments'
import { moderate, moderationChoices } from './commentModeration'

/** The comment's state in the list, with one button per state to move it there in one click. */
export function CommentStateCell({ cellData, rowData }: DefaultCellComponentProps) {
  const {
    config: {
      routes: { api },
    },
  } = useConfig()
  const router = useRouter()
  const [state, setState] = useState((cellData as CommentState | undefined) ?? 'new')
  const [isSaving, setIsSaving] = useState(false)
  return (
    <div data-comment-state={state} style={{ display: 'flex', flexWrap: 'wrap', gap: '0.25rem', alignItems: 'center' }}>
      <strong style={{ marginRight: '0.25rem' }}>{commentStates[state]}</strong>
      {moderationChoices
        .filter((choice) => choice !== state)
        .map((choice) => (
          <button
            key={choice}
            type="button"
            className="btn btn--style-secondary btn--size-xsmall"
            style={{ margin: 0 }}
            disabled={isSaving}
            aria-label={`Chuyển góp ý sang "${commentStates[choice]}"`}
            onClick={async () => {
              setIsSaving(true)
              if (await moderate(api, `/${String(rowData.id)}`, choice)) {
                setState(choice)
                router.refresh()
              }
              setIsSaving(false)
            }}
          >
            {commentStates[choice]}
          </button>
        ))}
    </div>
  )
}
