import type { APIRoute } from 'astro'
import { url } from '../lib/deployment'
import { t } from '../lib/i18n'

/** The web app manifest: the name and icons a phone shows when a citizen adds the site to the home screen. */
export const GET: APIRoute = () =>
  Response.json({
    name: t('vi', 'site.name'),
    short_name: t('vi', 'site.name'),
    description: t('vi', 'site.tagline'),
    lang: 'vi',
    start_url: url(''),
    scope: url(''),
    display: 'browser',
    background_color: '#ffffff',
    theme_color: '#8b1a1a',
    icons: [
      { src: url('favicon.svg'), sizes: 'any', type: 'image/svg+xml' },
      { src: url('apple-touch-icon.png'), sizes: '180x180', type: 'image/png' },
      { src: url('icon-512.png'), sizes: '512x512', type: 'image/png' },
    ],
  })
