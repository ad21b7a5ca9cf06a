import { fileTypeFromBuffer } from 'file-type';
import sharp from 'sharp';

/** Accepted uploads, judged by magic bytes only. */
export const ACCEPTED_MIME = ['image/jpeg', 'image/png', 'image/webp'] as const;
export type AcceptedMime = (typeof ACCEPTED_MIME)[number];

export const FULL_MAX_SIDE = 2048;
export const THUMB_MAX_SIDE = 360;
// Larger than any phone camera (200 MP sensors bin to 50 MP); refuses decompression bombs.
const MAX_INPUT_PIXELS = 100_000_000;

export interface ProcessedPhoto {
  full: Buffer;
  thumb: Buffer;
  width: number;
  height: number;
  mime: 'image/jpeg';
  ext: 'jpg';
}

/** The upload's type from its first bytes, or null when it is not JPEG, PNG or WebP. */
export async function detectPhotoType(data: Buffer): Promise<AcceptedMime | null> {
  const type = await fileTypeFromBuffer(data);
  return type && (ACCEPTED_MIME as readonly string[]).includes(type.mime) ? (type.mime as AcceptedMime) : null;
}

/**
 * Re-encodes an upload: turned upright by its EXIF orientation, then written without any metadata (EXIF, GPS,
 * XMP, ICC — sharp keeps none unless asked), as JPEG with the longest side ≤ 2048 px, plus a ≤ 360 px thumbnail.
 * JPEG for every input so the mini-app's <image> shows it everywhere; transparency is flattened onto white.
 * Throws when the image cannot be decoded.
 */
export async function processPhoto(input: Buffer): Promise<ProcessedPhoto> {
  const full = await sharp(input, { failOn: 'error', limitInputPixels: MAX_INPUT_PIXELS })
    .autoOrient()
    .resize({ width: FULL_MAX_SIDE, height: FULL_MAX_SIDE, fit: 'inside', withoutEnlargement: true })
    .flatten({ background: '#ffffff' })
    .jpeg({ quality: 82, mozjpeg: true })
    .toBuffer({ resolveWithObject: true });
  const thumb = await sharp(full.data)
    .resize({ width: THUMB_MAX_SIDE, height: THUMB_MAX_SIDE, fit: 'inside', withoutEnlargement: true })
    .jpeg({ quality: 75, mozjpeg: true })
    .toBuffer();
  return { full: full.data, thumb, width: full.info.width, height: full.info.height, mime: 'image/jpeg', ext: 'jpg' };
}
