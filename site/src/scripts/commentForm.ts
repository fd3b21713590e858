// Sends the comment form in the background and answers in place; without JavaScript the form posts normally and
// the CMS redirects back to a confirmation page. The request stays a "simple" cross-origin one (form-encoded,
// Accept only), so the browser sends it without a preflight.
import { consultationStatus } from '../../../shared/consultationStatus'

type Answer = { message: string; errors?: { field: string; message: string }[] }

for (const form of document.querySelectorAll<HTMLFormElement>('[data-ttcs-comment-form]')) {
  const errors = form.querySelector<HTMLElement>('[data-ttcs-comment-errors]')!
  const done = form.parentElement!.querySelector<HTMLElement>('[data-ttcs-comment-done]')!
  const button = form.querySelector<HTMLButtonElement>('button[type=submit]')!
  const { opens, closes, msgNotOpen = '', msgOffline = '' } = form.dataset
  // The page may be older than the consultation's end: say so instead of offering a form that will be refused.
  if (opens && closes && consultationStatus({ opensAt: opens, closesAt: closes }) !== 'open') {
    form.hidden = true
    done.hidden = false
    done.textContent = msgNotOpen
  }

  const showErrors = (answer: Answer) => {
    for (const field of form.querySelectorAll('[aria-invalid]')) field.removeAttribute('aria-invalid')
    const list = document.createElement('ul')
    for (const error of answer.errors ?? []) {
      const item = document.createElement('li')
      const input = form.querySelector<HTMLElement>(`[name="${error.field}"]`)
      if (input?.id) {
        input.setAttribute('aria-invalid', 'true')
        const link = document.createElement('a')
        link.href = `#${input.id}`
        link.textContent = error.message
        item.append(link)
      } else item.textContent = error.message
      list.append(item)
    }
    const heading = document.createElement('p')
    heading.textContent = answer.message
    errors.replaceChildren(heading, ...(list.children.length ? [list] : []))
    errors.hidden = false
    errors.focus()
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault()
    button.disabled = true
    try {
      const response = await fetch(form.action, {
        method: 'POST',
        body: new URLSearchParams(new FormData(form) as unknown as Record<string, string>),
        headers: { accept: 'application/json' },
      })
      const answer = (await response.json()) as Answer
      if (response.ok) {
        form.hidden = true
        done.textContent = answer.message
        done.hidden = false
        done.focus()
      } else showErrors(answer)
    } catch {
      showErrors({ message: msgOffline })
    } finally {
      button.disabled = false
    }
  })
}
