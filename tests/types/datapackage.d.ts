// The Frictionless Data Package library (datapackage-js) ships no types; this is the part the tests use.
declare module 'datapackage' {
  type Resource = { name: string; read(options?: { keyed?: boolean; cast?: boolean }): Promise<Record<string, unknown>[]> }
  export const Package: {
    load(descriptor: unknown, basePath?: string, options?: { strict?: boolean }): Promise<{ valid: boolean; errors: Error[]; resources: Resource[] }>
  }
}
