import sharp from 'sharp'

/**
 * Demo pictures made on the spot (no downloads): a diagonal gradient in the story's palette with a
 * few soft shapes, so every card and hero looks distinct. JPEG keeps the media folder small.
 */
export async function gradientImage(palette: [string, string], seed: number, width = 1600, height = 900): Promise<Buffer> {
  const shapes = Array.from({ length: 5 }, (_, index) => {
    const x = (seed * 97 + index * 331) % width
    const y = (seed * 53 + index * 197) % height
    const r = 80 + ((seed * 31 + index * 71) % 260)
    return `<circle cx="${x}" cy="${y}" r="${r}" fill="#ffffff" fill-opacity="${0.05 + index * 0.03}"/>`
  }).join('')
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="${palette[0]}"/><stop offset="1" stop-color="${palette[1]}"/>
    </linearGradient></defs>
    <rect width="100%" height="100%" fill="url(#g)"/>${shapes}
  </svg>`
  return sharp(Buffer.from(svg)).jpeg({ quality: 78, mozjpeg: true }).toBuffer()
}

/** A round portrait placeholder for bylines: initials-free, a colour per author. */
export async function portraitImage(colour: string, size = 400): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}">
    <rect width="100%" height="100%" fill="${colour}"/>
    <circle cx="${size / 2}" cy="${size * 0.4}" r="${size * 0.18}" fill="#ffffff" fill-opacity="0.85"/>
    <ellipse cx="${size / 2}" cy="${size * 0.95}" rx="${size * 0.34}" ry="${size * 0.3}" fill="#ffffff" fill-opacity="0.85"/>
  </svg>`
  return sharp(Buffer.from(svg)).jpeg({ quality: 80 }).toBuffer()
}
