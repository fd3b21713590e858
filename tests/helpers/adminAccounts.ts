import type { Browser, Page } from 'playwright-core'
import type { RunningSystem } from './npmStart'

/** An agency's ID by its name, as an anonymous reader finds it. */
export const agencyIdByName = async (system: RunningSystem, name: string): Promise<string> =>
  (await (await fetch(`${system.cms}/api/agencies?where[name][equals]=${encodeURIComponent(name)}`)).json()).docs[0].id as string

/** Makes an account over REST as an admin would (`adminAuth`: the admin's JWT headers). */
export const createAccount = (
  system: RunningSystem,
  adminAuth: Record<string, string>,
  { email, password, roles, agency }: { email: string; password: string; roles: string[]; agency?: string },
): Promise<Response> =>
  fetch(`${system.cms}/api/users`, {
    method: 'POST',
    headers: adminAuth,
    body: JSON.stringify({ email, password, name: 'Tài khoản thử trình duyệt', roles, agency }),
  })

/** Signs in to the admin in a fresh browser context with a Vietnamese browser, and returns the dashboard's page. */
export async function signInToAdmin(browser: Browser, system: RunningSystem, email: string, password: string): Promise<Page> {
  const page = await (await browser.newContext({ locale: 'vi-VN' })).newPage()
  await page.goto(`${system.cms}/admin/login`)
  await page.fill('#field-email', email)
  await page.fill('#field-password', password)
  await Promise.all([page.waitForURL(/\/admin$/), page.click('button[type=submit]')])
  return page
}
