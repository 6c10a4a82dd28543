import localFont from 'next/font/local'

/*
 * The site's two faces, self-hosted from npm (@fontsource-variable: Latin subset, one variable file per
 * style). next/font serves them from our origin with long caching and declares a fallback face sized
 * to the same metrics (adjustFontFallback). `optional`: a face that is not there by the first paint
 * is not swapped in later (the next page has it from the cache), so text never jumps; a swap moved
 * the front page by 0.057 (CLS) in the browser test. Only the reading face's roman is preloaded;
 * the interface face and the italic come when a page uses them.
 */

export const serifFace = localFont({
  src: '../../node_modules/@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-normal.woff2',
  weight: '200 900',
  variable: '--font-serif-face',
  display: 'optional',
  adjustFontFallback: 'Times New Roman',
})

/** The italic on its own, so that it is not preloaded with the roman: few pages set anything in italic. */
export const serifItalicFace = localFont({
  src: '../../node_modules/@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-italic.woff2',
  style: 'italic',
  weight: '200 900',
  variable: '--font-serif-italic-face',
  display: 'optional',
  adjustFontFallback: 'Times New Roman',
  preload: false,
})

export const uiFace = localFont({
  src: '../../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2',
  weight: '100 900',
  variable: '--font-ui-face',
  display: 'optional',
  adjustFontFallback: 'Arial',
  preload: false,
})
