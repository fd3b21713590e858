/** An explainer the site fixture renames after publishing it, as an editor would: its old address must keep working. */
export const renamedExplainer = { from: 'ke-hoach-6684-tinh-lam-gi-de-nguoi-dan-biet-chinh-sach-som', to: 'ke-hoach-6684-nam-2023' }

/**
 * Addresses an editor moves by hand in the site fixture: one that works (a merged agency), one to a page that does not
 * exist and one that would cover a live page; the build writes only the first.
 */
export const handMadeRedirects = {
  works: { from: 'co-quan/so-thong-tin-va-truyen-thong/', to: 'co-quan/so-khoa-hoc-va-cong-nghe/' },
  toNowhere: { from: 'co-quan/so-giao-thong-van-tai/', to: 'co-quan/khong-co-co-quan-nay/' },
  overPage: { from: 'co-quan/so-y-te/', to: 'co-quan/so-tai-chinh/' },
}
