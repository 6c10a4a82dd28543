import type { Metadata } from 'next'
import React from 'react'

import './site.css'

export const metadata: Metadata = {
  title: { default: 'Newsroom', template: '%s · Newsroom' },
}

export default function SiteLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  )
}
