// Photos for journeys to pick in a file input.
import { createRequire } from 'node:module';

// sharp comes with the API workspace; a real JPEG, since the API decodes and re-encodes every photo.
const sharp = createRequire(new URL('../../api/package.json', import.meta.url))('sharp');

/** A small solid-colour JPEG as playwright's setInputFiles takes it. */
export async function jpeg(name, colour) {
  const buffer = await sharp({ create: { width: 64, height: 48, channels: 3, background: colour } })
    .jpeg()
    .toBuffer();
  return { name, mimeType: 'image/jpeg', buffer };
}
