/** A link in the admin navigation to the spokesperson coverage view. */
export function CoverageNavLink() {
  return (
    <a className="nav__link" href="/admin/do-phu-nguoi-phat-ngon" style={{ display: 'block', padding: '0.25rem 0' }}>
      Độ phủ người phát ngôn
    </a>
  )
}
