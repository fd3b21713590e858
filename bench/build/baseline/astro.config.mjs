// @ts-check
import { defineConfig } from 'astro/config'

// The baseline: plain Astro rendering the same explainers from Markdown through the glob() loader.
export default defineConfig({ outDir: process.env.SITE_OUT_DIR, build: { format: 'directory', inlineStylesheets: 'always' }, devToolbar: { enabled: false } })
