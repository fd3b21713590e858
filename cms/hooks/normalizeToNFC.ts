import type { CollectionBeforeValidateHook } from 'payload'
import { toNFC } from '../../shared/toNFC'

/** Stores all text as NFC, whatever the keyboard or the pasted document produced (NFD from some Mac and Word sources). */
export const normalizeToNFC: CollectionBeforeValidateHook = ({ data }) => (data ? toNFC(data) : data)
