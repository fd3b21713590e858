import { s3Storage } from '@payloadcms/storage-s3'
import type { Plugin } from 'payload'
import { settings } from '../../shared/settings'

/**
 * Where uploads live: in S3-compatible object storage when S3_BUCKET is set (shared by every CMS instance, on any
 * machine), on the local disk under DATA_DIR otherwise. Objects are kept private: Payload serves them, with the same
 * access rules as on disk, and the snapshot reads them through Payload.
 */
export function uploadStoragePlugins(): Plugin[] {
  const { S3_BUCKET: bucket, S3_ENDPOINT: endpoint, S3_REGION: region, S3_ACCESS_KEY_ID: accessKeyId, S3_SECRET_ACCESS_KEY: secretAccessKey } = settings()
  return [
    s3Storage({
      // Off without a bucket, but its fields (prefix, object key) are always there: one schema, one set of migrations.
      enabled: Boolean(bucket),
      alwaysInsertFields: true,
      bucket: bucket ?? '',
      collections: { files: { prefix: 'files' }, media: { prefix: 'media' } },
      acl: 'private',
      config: {
        endpoint,
        region,
        // Path-style addresses and checksums only where required: what S3-compatible servers (MinIO, Ceph, a
        // province's own) accept, as well as AWS.
        forcePathStyle: Boolean(endpoint),
        requestChecksumCalculation: 'WHEN_REQUIRED',
        responseChecksumValidation: 'WHEN_REQUIRED',
        ...(accessKeyId && secretAccessKey ? { credentials: { accessKeyId, secretAccessKey } } : {}),
      },
    }),
  ]
}
