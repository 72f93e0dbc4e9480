import type { HdrTransfer } from '../media/probe';
import { hasFilter } from '../tools/filters';

/** How this ffmpeg brings HDR to SDR: zscale (libzimg, in Debian's and Ubuntu's builds) or, lacking it, colorspace. */
export type ToneMapping = 'zscale' | 'colorspace';

export async function toneMappingOf(ffmpeg: string): Promise<ToneMapping> {
  return (await hasFilter(ffmpeg, 'zscale')) ? 'zscale' : 'colorspace';
}

const TRANSFER: Record<HdrTransfer, string> = { pq: 'smpte2084', hlg: 'arib-std-b67' };

/**
 * Filters (ending in a comma) that turn 10-bit BT.2020 PQ or HLG pictures into 8-bit BT.709 SDR: to linear light,
 * to BT.709 primaries, Hable's curve to bring highlights into range (desaturating nothing), then BT.709's transfer.
 * Without zscale, colorspace converts the primaries and matrix only: not washed out, but highlights clip (the upload
 * said so). libplacebo would need a Vulkan device, which servers and CI machines lack.
 */
export function toSdr(transfer: HdrTransfer, how: ToneMapping): string {
  if (how === 'colorspace') return 'colorspace=all=bt709:iall=bt2020:itrc=bt2020-10:format=yuv420p:fast=1,';
  return `zscale=tin=${TRANSFER[transfer]}:pin=bt2020:min=bt2020nc:t=linear:npl=100,format=gbrpf32le,zscale=p=bt709,` +
    'tonemap=tonemap=hable:desat=0,zscale=t=bt709:m=bt709:r=tv,format=yuv420p,';
}
