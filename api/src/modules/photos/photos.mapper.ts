import type { PhotoView } from '@tongxin/types';

import type { Photo } from './photo.entity';
import type { PhotoUrlSigner } from './photo-url-signer';

/** The photo as clients see it: signed, expiring URLs instead of storage keys. */
export function toPhotoView(photo: Pick<Photo, 'id' | 'width' | 'height'>, signer: PhotoUrlSigner): PhotoView {
  return {
    id: photo.id,
    url: signer.url(photo.id, 'full'),
    thumbUrl: signer.url(photo.id, 'thumb'),
    width: photo.width,
    height: photo.height,
  };
}
