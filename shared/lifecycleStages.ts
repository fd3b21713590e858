/** The stages of a policy's life (vòng đời chính sách), with their Vietnamese names. */
export const lifecycleStageLabels: Record<string, string> = {
  planning: 'Hoạch định chính sách',
  drafting: 'Xây dựng chính sách',
  adoption: 'Ban hành chính sách',
  implementation: 'Thực thi chính sách',
}
