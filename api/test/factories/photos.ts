import type { PhotoView } from '@tongxin/types';
import sharp from 'sharp';

/** Uploads a small JPEG as this member and returns the photo's id. */
export async function uploadPhoto(baseUrl: string, token: string, purpose: 'report' | 'order_proof'): Promise<string> {
  const jpeg = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#c0392b' } })
    .jpeg()
    .toBuffer();
  const form = new FormData();
  form.append('purpose', purpose);
  form.append('file', new Blob([new Uint8Array(jpeg)], { type: 'image/jpeg' }), 'photo.jpg');
  const res = await fetch(`${baseUrl}/api/photos`, {
    method: 'POST',
    body: form,
    headers: { authorization: `Bearer ${token}` },
  });
  if (res.status !== 201) throw new Error(`photo upload failed: ${res.status} ${await res.text()}`);
  return ((await res.json()) as PhotoView).id;
}
