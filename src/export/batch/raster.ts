// A raster worker: SVG → PNG with resvg, the renderer's last step (src/render/renderer.ts),
// in a thread of its own. resvg keeps each pixel buffer until its thread ends, and this
// thread starts in milliseconds, so the pool ends it after a chunk and starts another.
import { Resvg } from '@resvg/resvg-js';

export interface RasterJob {
  svg: string;
  scale: number;
}

export interface Raster {
  data: Uint8Array;
  width: number;
  height: number;
}

export default function rasterize(jobs: RasterJob[]): Raster[] {
  return jobs.map(({ svg, scale }) => {
    // The same options as renderCard, so batch PNGs are byte for byte the `cards` PNGs
    // (tests/batch checks this).
    const image = new Resvg(svg, {
      fitTo: scale === 1 ? { mode: 'original' } : { mode: 'zoom', value: scale },
      font: { loadSystemFonts: false },
    }).render();
    return { data: image.asPng(), width: image.width, height: image.height };
  });
}
