/**
 * The secret that signs sessions. There is no built-in fallback: `npm start` creates a random one for the
 * embedded demo and refuses to start in production without a real one.
 */
export function payloadSecret(secret = process.env.PAYLOAD_SECRET): string {
  if (!secret || secret.length < 32) {
    throw new Error(
      'PAYLOAD_SECRET is missing or shorter than 32 characters: set it to a long random value (for example `openssl rand -hex 32`). `npm start` creates one for the demo in data/ when NODE_ENV is not production.',
    )
  }
  return secret
}
