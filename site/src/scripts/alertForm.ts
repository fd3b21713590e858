// A "follow" link (theo-doi/?linh-vuc=…, ?co-quan=…, ?loai=…) preselects what it names; without JavaScript the
// reader chooses in the form as usual.
const form = document.querySelector<HTMLFormElement>('[data-ttcs-alert-form]')
const query = new URLSearchParams(location.search)
for (const [parameter, field] of [
  ['linh-vuc', 'topic'],
  ['co-quan', 'agency'],
  ['loai', 'documentType'],
] as const) {
  const wanted = query.get(parameter)
  const select = form?.querySelector<HTMLSelectElement>(`select[name="${field}"]`)
  const option = wanted && select ? [...select.options].find((candidate) => candidate.dataset.slug === wanted) : undefined
  if (select && option) select.value = option.value
}
