/**
 * "API reference" under the admin's navigation, so staff who build or fix a front end find
 * /api/docs without knowing its address. A plain link: the page is served outside the admin.
 */
export function ApiReferenceLink() {
  return (
    <a className="nav__link" href="/api/docs" style={{ marginTop: 'var(--base)' }}>
      <span className="nav__link-label">API reference</span>
    </a>
  )
}
