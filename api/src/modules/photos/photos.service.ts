import type { Readable } from 'node:stream';

import { Injectable } from '@nestjs/common';
import { ErrorCode, MAX_PHOTOS_PER_REPORT, PhotoPurpose, type PhotoView } from '@tongxin/types';
import type { FastifyRequest } from 'fastify';
import { PinoLogger } from 'nestjs-pino';
import type { EntityManager } from 'typeorm';

import { AppConfig } from '../../infra/config/app-config';
import { newId } from '../../infra/database/ids';
import { DomainException } from '../../infra/http/domain.exception';
import { ObjectStorage } from '../../infra/storage/object-storage';
import { Photo } from './photo.entity';
import { detectPhotoType, processPhoto } from './photo-image';
import { readPhotoUpload } from './photo-upload.reader';
import { PhotoUrlSigner } from './photo-url-signer';
import { toPhotoView } from './photos.mapper';
import { PhotosRepository } from './photos.repository';

const DAY_MS = 86_400_000;
/** A photo must be attached within this long of its upload; after it the sweep may remove it. */
export const UNATTACHED_LIFETIME_MS = DAY_MS;
// The sweep waits this much longer, so it never deletes files of a photo an `attach` is racing to use.
const SWEEP_GRACE_MS = 3_600_000;
const SWEEP_BATCH = 100;
const PURPOSES: string[] = Object.values(PhotoPurpose);

export interface PhotoFile {
  body: Buffer | Readable;
  contentType: string;
  /** Seconds the signed URL remains valid: how long a client may cache the answer. */
  maxAgeSeconds: number;
}

const notFound = () => new DomainException(ErrorCode.PhotoNotFound, '图片不存在或已失效');

/** Photo upload (checked, re-encoded without EXIF, thumbnailed, stored), signed URLs, and attaching to records. */
@Injectable()
export class PhotosService {
  private readonly signer: PhotoUrlSigner;

  constructor(
    private readonly photos: PhotosRepository,
    private readonly storage: ObjectStorage,
    private readonly config: AppConfig,
    private readonly logger: PinoLogger,
  ) {
    this.signer = new PhotoUrlSigner(config.photos.urlSecret, config.photos.urlTtlSeconds);
  }

  async upload(ownerId: string, request: FastifyRequest): Promise<PhotoView> {
    const { maxBytes, dailyQuota } = this.config.photos;
    // Cheap refusal before reading the body; the count that decides is taken again under lock below.
    if ((await this.photos.countByOwnerSince(ownerId, new Date(Date.now() - DAY_MS))) >= dailyQuota)
      throw quotaExceeded(dailyQuota);
    const form = await readPhotoUpload(request, maxBytes);
    if (!form.purpose || !PURPOSES.includes(form.purpose)) {
      throw new DomainException(ErrorCode.ValidationFailed, '请求参数不正确', [
        { field: 'purpose', problems: [`purpose 必须是 ${PURPOSES.join(' 或 ')}`] },
      ]);
    }
    return this.store({ ownerId, purpose: form.purpose as PhotoPurpose, data: form.data });
  }

  /** Checks, re-encodes and keeps one image (an upload's, or the demo seed's), under the owner's daily quota. */
  async store({
    ownerId,
    purpose,
    data,
  }: {
    ownerId: string;
    purpose: PhotoPurpose;
    data: Buffer;
  }): Promise<PhotoView> {
    const { dailyQuota } = this.config.photos;
    if (!(await detectPhotoType(data))) throw typeNotAllowed();
    const image = await processPhoto(data).catch(() => {
      throw typeNotAllowed();
    });

    const id = newId();
    const now = new Date();
    const prefix = `photos/${now.getUTCFullYear()}/${String(now.getUTCMonth() + 1).padStart(2, '0')}/${id}`;
    const photo = Object.assign(new Photo(), {
      id,
      ownerId,
      purpose,
      attachedTo: null,
      storageKey: `${prefix}.${image.ext}`,
      thumbKey: `${prefix}_thumb.${image.ext}`,
      mime: image.mime,
      width: image.width,
      height: image.height,
      bytes: image.full.length,
      createdAt: now,
    });
    // The row first, then the files: a crash in between leaves an unattached row whose id nobody received, which
    // the unattached-photo sweep removes with its (missing) files; files without a row would never be found.
    await this.photos.transaction(async (manager) => {
      const recent = await this.photos.lockRecentByOwner(ownerId, new Date(Date.now() - DAY_MS), manager);
      if (recent >= dailyQuota) throw quotaExceeded(dailyQuota);
      await this.photos.insert(photo, manager);
    });
    try {
      await this.storage.put(photo.storageKey, image.full, image.mime);
      await this.storage.put(photo.thumbKey, image.thumb, image.mime);
    } catch (error) {
      if (await this.deleteFiles([photo.storageKey, photo.thumbKey]))
        await this.photos.deleteIfUnattached(photo.id, new Date(Date.now() + 1000));
      throw error;
    }
    return this.toView(photo);
  }

  /** The stored file behind a signed URL. A wrong or expired signature is refused before the photo is looked up. */
  async file(id: string, { variant, exp, sig }: { variant: string; exp?: string; sig?: string }): Promise<PhotoFile> {
    const maxAgeSeconds = this.signer.verify({ id, variant, exp, sig });
    if (maxAgeSeconds === null) throw new DomainException(ErrorCode.Forbidden, '图片链接无效或已过期');
    const photo = await this.photos.findById(id);
    if (!photo) throw notFound();
    const stored = await this.storage.get(variant === 'thumb' ? photo.thumbKey : photo.storageKey);
    if (!stored) throw notFound();
    return { body: stored.body, contentType: photo.mime, maxAgeSeconds };
  }

  /** A signed link to the full photo (for WeChat's photo check). */
  signedUrl(id: string): string {
    return this.signer.url(id, 'full');
  }

  findById(id: string): Promise<Photo | null> {
    return this.photos.findById(id);
  }

  /** The photo as clients see it, with URLs signed by this service's key (for the records that show photos). */
  toView(photo: Pick<Photo, 'id' | 'width' | 'height'>): PhotoView {
    return toPhotoView(photo, this.signer);
  }

  /** Views of the photos with these ids, in the order given; unknown ids are left out. */
  async viewsFor(ids: string[], manager?: EntityManager): Promise<PhotoView[]> {
    const byId = new Map((await this.photos.findByIds([...new Set(ids)], manager)).map((p) => [p.id, p]));
    return ids.flatMap((id) => {
      const photo = byId.get(id);
      return photo ? [this.toView(photo)] : [];
    });
  }

  /** Views of the photos attached to one record, in upload order. */
  async viewsAttachedTo(attachedTo: string, manager?: EntityManager): Promise<PhotoView[]> {
    return (await this.photos.findAttachedTo(attachedTo, manager)).map((p) => this.toView(p));
  }

  /**
   * Attaches the photos to a record inside the caller's transaction: each must belong to `ownerId`, have been
   * uploaded for `purpose` within the last day, and not be attached yet. One conditional UPDATE decides, so a
   * photo can never serve two records or someone else's; unless it attached every id (no duplicates) this
   * throws PHOTO_NOT_FOUND and the caller's transaction rolls back. More than MAX_PHOTOS_PER_REPORT → TOO_MANY_PHOTOS.
   */
  async attach(
    manager: EntityManager,
    ownerId: string,
    photoIds: string[],
    attachedTo: string,
    purpose: PhotoPurpose,
  ): Promise<void> {
    if (photoIds.length > MAX_PHOTOS_PER_REPORT) {
      throw new DomainException(ErrorCode.TooManyPhotos, `最多上传 ${MAX_PHOTOS_PER_REPORT} 张图片`, {
        max: MAX_PHOTOS_PER_REPORT,
      });
    }
    if (photoIds.length === 0) return;
    const attached = await this.photos.attachUnattached(
      [...new Set(photoIds)],
      { ownerId, purpose, attachedTo, uploadedAfter: new Date(Date.now() - UNATTACHED_LIFETIME_MS) },
      manager,
    );
    if (attached !== photoIds.length) throw notFound();
  }

  /**
   * Removes photos never attached, a day (plus a grace hour) after upload: files first, then the row, each row
   * claimed by a conditional DELETE so replicas sweeping together delete it once. A file that fails to delete
   * keeps its row for the next sweep. Returns the rows removed.
   */
  async sweepUnattached(): Promise<number> {
    const before = new Date(Date.now() - UNATTACHED_LIFETIME_MS - SWEEP_GRACE_MS);
    let removed = 0;
    for (const photo of await this.photos.findUnattachedBefore(before, SWEEP_BATCH)) {
      if (!(await this.deleteFiles([photo.storageKey, photo.thumbKey]))) continue;
      if (await this.photos.deleteIfUnattached(photo.id, before)) removed += 1;
    }
    return removed;
  }

  /** Deletes the keys; true when every delete succeeded. */
  private async deleteFiles(keys: string[]): Promise<boolean> {
    const results = await Promise.allSettled(keys.map((key) => this.storage.delete(key)));
    const failed = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    for (const failure of failed) this.logger.error({ err: failure.reason }, 'photo file delete failed');
    return failed.length === 0;
  }
}

const typeNotAllowed = () => new DomainException(ErrorCode.PhotoTypeNotAllowed, '只支持 JPEG、PNG 或 WebP 图片');
const quotaExceeded = (quota: number) =>
  new DomainException(ErrorCode.PhotoQuotaExceeded, `24 小时内最多上传 ${quota} 张图片，请稍后再试`, { quota });
