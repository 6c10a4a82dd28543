import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

const nextConfig: NextConfig = {
  // The Express edge (server.ts) owns compression and security headers.
  compress: false,
  poweredByHeader: false,
  // `npm test` type-checks the whole project (tsc --noEmit); the build need not do it again.
  typescript: { ignoreBuildErrors: true },
  // Payload tells its error classes apart by name; minified server code loses the names and turns
  // every 4xx message into "An unknown error occurred.".
  // Chunks of a route load when it is first asked for, not all at start: ready in about 1 s less
  // (the edge asks /api/readyz at boot, so the API's are loaded before anyone comes).
  experimental: { serverMinification: false, preloadEntriesOnStart: false },
  images: {
    localPatterns: [{ pathname: '/api/media/file/**' }],
  },
  webpack: (webpackConfig) => {
    webpackConfig.resolve.extensionAlias = {
      '.cjs': ['.cts', '.cjs'],
      '.js': ['.ts', '.tsx', '.js', '.jsx'],
      '.mjs': ['.mts', '.mjs'],
    }
    return webpackConfig
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
