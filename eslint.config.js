// ESLint: TypeScript's recommended rules and Astro's, over the project's own sources; formatting is Prettier's.
import astro from 'eslint-plugin-astro'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'build/',
      'dist',
      'dist.releases/',
      'cms/.next/',
      'cms/payload-types.ts',
      'cms/migrations/',
      'cms/app/(payload)/admin/importMap.js',
      'site/.astro/',
      '**/.astro/',
      'cms/next-env.d.ts',
    ],
  },
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
)
