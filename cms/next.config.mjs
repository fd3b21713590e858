import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Types are checked once by `npm run typecheck`; checking again inside `next build` doubles its time on 2 cores.
  typescript: { ignoreBuildErrors: true },
  // oEmbed consumers expect the query form at /oembed; Payload serves its endpoints under /api.
  rewrites: async () => [{ source: '/oembed', destination: '/api/oembed' }],
  webpack: (config) => {
    // Let `.js` specifiers resolve to TypeScript sources, as tsx and Vite do.
    config.resolve.extensionAlias = { '.js': ['.ts', '.tsx', '.js'], '.mjs': ['.mts', '.mjs'] }
    return config
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
