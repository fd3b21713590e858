/** Widths of the responsive hero images: small phones, tablets and wide screens. */
export const heroWidths = [480, 960, 1600] as const

/** The path of one width of a hero image, as WebP. */
export const heroPath = (imageId: string, width: number) => `anh/${imageId}-${width}.webp`

/** The path of an item's 1200×630 share card. */
export const cardPath = (kind: string, slug: string) => `anh/the-${kind}-${slug}.png`

/** The card of a list page (drafts, explainers, the handbook, briefings) by the list's folder, e.g. "du-thao/". */
export const listCardPath = (folder: string) => cardPath('danh-sach', folder.replace(/\/$/, ''))

/** The card of pages that have none of their own. */
export const siteCard = { kind: 'trang', slug: 'chung' }
