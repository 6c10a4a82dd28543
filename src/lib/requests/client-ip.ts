/**
 * The header through which the Express edge hands the client's address (after trust-proxy) to the
 * handlers behind it. The edge always overwrites it, so a client can never set it.
 */
export const CLIENT_IP_HEADER = 'x-newsroom-client-ip'
