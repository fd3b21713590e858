import { defineCollection } from 'astro:content'
import { glob } from 'astro/loaders'

export const collections = {
  explainers: defineCollection({ loader: glob({ pattern: '*.md', base: process.env.MARKDOWN_DIR as string }) }),
}
