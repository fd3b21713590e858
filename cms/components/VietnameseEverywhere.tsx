'use client'
import { type ReactNode, useEffect } from 'react'
import { fileKinds } from '../../shared/fileKinds'

// Words Payload's packages write in English outside their translations (Lexical's block handles and link editor, the
// table feature, the toasts' region, drag-and-drop instructions for screen readers), as a Vietnamese officer says them.
const labels: Record<string, string> = {
  'Add block': 'Thêm khối',
  'Drag to move': 'Kéo để di chuyển',
  'Edit link': 'Sửa liên kết',
  'Remove link': 'Gỡ liên kết',
  'Insert Paragraph': 'Thêm đoạn văn',
  'Notifications alt+T': 'Thông báo (Alt+T)',
}
const texts: Record<string, string> = {
  Table: 'Bảng',
  // The live preview's own width, beside the phone's and the desktop's (cms/preview/livePreview.ts).
  Responsive: 'Vừa khung',
  'To pick up a draggable item, press the space bar.':
    'Để nhấc một mục, nhấn phím cách; khi đang kéo, dùng các phím mũi tên để di chuyển; nhấn phím cách lần nữa để thả, hoặc Esc để huỷ.',
}
const mimeType = new RegExp(
  `(?<=^|\\s)(${Object.keys(fileKinds)
    .map((type) => type.replace(/[.+]/g, '\\$&'))
    .join('|')})$`,
)

function mend(root: Element) {
  for (const element of [root, ...root.querySelectorAll('[aria-label], input[title]')]) {
    const label = element.getAttribute('aria-label')
    if (label && labels[label]) element.setAttribute('aria-label', labels[label])
    // Checkboxes carry the field's code name as their tooltip ("isDemo"); their visible label says it already.
    if (element.tagName === 'INPUT' && element.getAttribute('title') === element.getAttribute('name')) element.removeAttribute('title')
  }
  // Never inside what an editor writes: a textarea's text is its value, the rich-text editor is contenteditable.
  if (root.closest('textarea, [contenteditable="true"], pre')) return
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest('textarea, [contenteditable="true"], pre') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  })
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.nodeValue?.trim() ?? ''
    const said = texts[text] ?? texts[text.split('\n')[0]!.trim()]
    if (said) node.nodeValue = said
    // An upload's details end with its MIME type ("56KB - 1600x900 - image/png"): the name editors know instead.
    else if (mimeType.test(text)) node.nodeValue = node.nodeValue!.replace(mimeType, (type) => fileKinds[type]!)
  }
}

/** Wraps the admin: puts those words into Vietnamese wherever and whenever Payload renders them. */
export function VietnameseEverywhere({ children }: { children?: ReactNode }) {
  useEffect(() => {
    mend(document.body)
    const observer = new MutationObserver((records) => {
      for (const record of records) {
        if (record.type === 'attributes' || record.type === 'characterData') {
          const target = record.target instanceof Element ? record.target : record.target.parentElement
          if (target) mend(target)
        } else {
          for (const node of record.addedNodes) {
            if (node instanceof Element) mend(node)
            else if (node.parentElement) mend(node.parentElement)
          }
        }
      }
    })
    observer.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['aria-label', 'title'] })
    return () => observer.disconnect()
  }, [])
  return children
}
