// Loads the demo content from content/; safe to run again (it creates only what is missing).
import './demoEnvironment'
import { closePayloadClient, getPayloadClient } from './getPayloadClient'
import { seed } from '../seed'

const payload = await getPayloadClient()
await seed(payload)
payload.logger.info('Đã nạp dữ liệu mẫu từ content/.')
await closePayloadClient(payload)
