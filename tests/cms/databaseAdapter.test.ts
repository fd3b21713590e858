import { describe, expect, it } from 'vitest'
import { databaseAdapter } from '../../cms/config/database'
import { payloadSecret } from '../../cms/config/secret'

describe('databaseAdapter', () => {
  it('uses the embedded SQLite file when DATABASE_URI is unset', () => {
    expect(databaseAdapter('').name).toBe('sqlite')
  })

  it('uses PostgreSQL for postgres:// and postgresql:// addresses', () => {
    expect(databaseAdapter('postgres://ttcs:secret@127.0.0.1:5432/ttcs').name).toBe('postgres')
    expect(databaseAdapter('postgresql://ttcs@db.internal/ttcs?sslmode=require').name).toBe('postgres')
  })

  it('uses MongoDB for mongodb:// and mongodb+srv:// addresses', () => {
    expect(databaseAdapter('mongodb://127.0.0.1:27017/ttcs').name).toBe('mongoose')
    expect(databaseAdapter('mongodb+srv://cluster.example/ttcs').name).toBe('mongoose')
  })

  it('refuses anything else and names what is supported, without echoing a password', () => {
    expect(() => databaseAdapter('mysql://root:hunter2@db/ttcs')).toThrow(/not supported.*SQLite.*postgres:\/\/.*mongodb:\/\//)
    expect(() => databaseAdapter('mysql://root:hunter2@db/ttcs')).not.toThrow(/hunter2/)
  })
})

describe('payloadSecret', () => {
  it('refuses a missing or short secret', () => {
    expect(() => payloadSecret('')).toThrow(/PAYLOAD_SECRET/)
    expect(() => payloadSecret('secret')).toThrow(/32 characters/)
  })

  it('accepts a long random secret', () => {
    const secret = 'a'.repeat(16) + 'b'.repeat(16)
    expect(payloadSecret(secret)).toBe(secret)
  })
})
