import type { SnapshotContent } from '../../shared/snapshot'

/**
 * A small published snapshot with one item of every kind, named so that tests can change one thing and say what
 * they changed (as GOV.UK Frontend's component examples do). Every call gives a fresh copy.
 */
export function exampleSnapshot(): SnapshotContent {
  return {
    agencies: [{ id: 'a1', name: 'Sở Tư pháp', kind: 'department' }],
    topics: [{ id: 't1', slug: 'dat-dai', name: { vi: 'Đất đai' } }],
    documentTypes: [{ id: 'dt1', name: 'Quyết định', minimumConsultationDays: 30 }],
    drafts: [
      {
        id: 'd1',
        slug: 'quy-dinh-han-muc-giao-dat-o',
        documentTypeId: 'dt1',
        draftingAgencyId: 'a1',
        opensAt: '2026-11-01T00:00:00.000Z',
        closesAt: '2026-12-15T16:59:59.000Z',
        topicIds: ['t1'],
        relatedExplainerIds: ['e1'],
        dossier: [],
        updatedAt: '2026-11-01T02:00:00.000Z',
        responded: false,
        changesPromptedBy: {},
        editions: {
          vi: {
            title: 'Quyết định quy định hạn mức giao đất ở',
            summary: 'Hạn mức giao đất ở cho mỗi hộ gia đình, cá nhân.',
            articles: [{ number: 1, heading: 'Phạm vi điều chỉnh', body: 'Quy định hạn mức giao đất ở tại đô thị và nông thôn.' }],
            affectedGroups: ['Hộ gia đình, cá nhân'],
          },
        },
      },
    ],
    explainers: [
      {
        id: 'e1',
        slug: 'han-muc-giao-dat-o-nhung-diem-can-biet',
        lifecycleStage: 'drafting',
        agencyId: 'a1',
        topicIds: ['t1'],
        relatedDraftIds: ['d1'],
        updatedAt: '2026-11-02T02:00:00.000Z',
        editions: {
          vi: {
            title: 'Hạn mức giao đất ở: những điểm cần biết',
            lead: 'Đất đai là tài sản lớn.',
            bodyHtml: '<p>Mỗi hộ được giao <strong>tối đa</strong> 200&nbsp;m².</p>',
            isReferenceOnly: false,
          },
          ktv: { title: 'Đất đai (bản tiếng Cơ Tu)', lead: 'Bản dịch tham khảo.', bodyHtml: '<p>N’năc.</p>', isReferenceOnly: true },
        },
      },
    ],
    handbookChapters: [
      {
        id: 'h1',
        slug: 'xu-ly-khung-hoang-truyen-thong',
        edition: '2026',
        order: 1,
        updatedAt: '2026-10-01T00:00:00.000Z',
        images: [],
        editions: { vi: { title: 'Xử lý khủng hoảng truyền thông', bodyHtml: '<h2>Bước 1</h2><p>Nắm thông tin.</p>' } },
      },
    ],
    policyDocuments: [
      {
        id: 'p1',
        slug: 'ke-hoach-6684-kh-ubnd-2023',
        kind: 'plan',
        numberAndSymbol: '6684/KH-UBND',
        issuedAt: '2023-09-13T00:00:00.000Z',
        issuingAgencyId: 'a1',
        updatedAt: '2026-10-01T00:00:00.000Z',
        editions: { vi: { title: 'Kế hoạch truyền thông chính sách', bodyHtml: '<p>Thực hiện Chỉ thị 07/CT-TTg.</p>', taskGroups: [], tasks: [] } },
      },
    ],
    pressBriefings: [
      {
        id: 'b1',
        slug: 'hop-bao-thang-11',
        kind: 'regular',
        heldAt: '2026-11-20T08:00:00.000Z',
        agencyId: 'a1',
        spokespersonIds: ['s1'],
        topicIds: ['t1'],
        materials: [],
        updatedAt: '2026-11-10T00:00:00.000Z',
        editions: { vi: { title: 'Họp báo thường kỳ tháng 11', summary: 'Thông tin về dự thảo hạn mức đất ở.' } },
      },
    ],
    spokespersons: [{ id: 's1', agencyId: 'a1', fullName: 'Nguyễn Văn An', position: 'Phó Giám đốc', isDemo: true }],
    redirects: [],
  }
}
