import { url } from './deployment'
import { heroPath, heroWidths } from './heroWidths'

/**
 * Points the images of rendered rich text (`<img data-image-id>` to the snapshot's copy) at the responsive WebP
 * widths the build makes for them, keeping their alt text and size, and loads them lazily.
 */
export function responsiveImages(html: string): string {
  return html.replace(/<img data-image-id="([^"]+)" src="[^"]*" (alt="[^"]*" width="\d+" height="\d+")>/g, (_, id: string, rest: string) => {
    const srcset = heroWidths.map((width) => `${url(heroPath(id, width))} ${width}w`).join(', ')
    return `<img src="${url(heroPath(id, 960))}" srcset="${srcset}" sizes="(min-width: 60rem) 58rem, 100vw" ${rest} loading="lazy" decoding="async">`
  })
}
