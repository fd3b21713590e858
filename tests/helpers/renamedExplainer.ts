/** An explainer the site fixture renames after publishing it, as an editor would: its old address must keep working. */
export const renamedExplainer = { from: 'ke-hoach-6684-tinh-lam-gi-de-nguoi-dan-biet-chinh-sach-som', to: 'ke-hoach-6684-nam-2023' }
