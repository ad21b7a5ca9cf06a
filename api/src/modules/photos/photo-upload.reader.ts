import type { Readable } from 'node:stream';

import type { Multipart } from '@fastify/multipart';
import { ErrorCode } from '@tongxin/types';
import type { FastifyRequest } from 'fastify';

import { DomainException } from '../../infra/http/domain.exception';

export interface PhotoUploadForm {
  /** The `purpose` text field, unchecked. */
  purpose: string | undefined;
  /** The `file` field's bytes, at most `maxBytes` of them. */
  data: Buffer;
}

export const tooLarge = (maxBytes: number) =>
  new DomainException(ErrorCode.PhotoTooLarge, `图片不能超过 ${Math.floor(maxBytes / 1024 / 1024) || 1} MB`, {
    maxBytes,
  });

const invalidForm = (problem: string) =>
  new DomainException(ErrorCode.ValidationFailed, '请求参数不正确', [{ field: 'file', problems: [problem] }]);

/**
 * Reads a `multipart/form-data` body with one file field `file` and a text field `purpose`, in either order.
 * The file is counted as it streams and the read stops once it passes `maxBytes`: no more than that is held.
 */
export async function readPhotoUpload(request: FastifyRequest, maxBytes: number): Promise<PhotoUploadForm> {
  if (!request.isMultipart())
    throw new DomainException(ErrorCode.UnsupportedMediaType, '请以 multipart/form-data 上传图片');
  let purpose: string | undefined;
  let data: Buffer | null = null;
  try {
    const parts = request.parts({
      limits: { fileSize: maxBytes, files: 1, fields: 4, parts: 5, fieldSize: 1024, headerPairs: 20 },
    });
    for await (const part of parts as AsyncIterable<Multipart>) {
      if (part.type === 'file') {
        if (part.fieldname !== 'file') {
          part.file.destroy();
          throw invalidForm(`未知的文件字段 ${part.fieldname}，图片请放在 file 字段`);
        }
        data = await readCapped(part.file, maxBytes);
      } else if (part.fieldname === 'purpose') {
        purpose = String(part.value);
      } else {
        throw new DomainException(ErrorCode.ValidationFailed, '请求参数不正确', [
          { field: part.fieldname, problems: ['不允许的字段'] },
        ]);
      }
    }
  } catch (error) {
    throw mapMultipartError(error, maxBytes);
  }
  if (!data || data.length === 0) throw invalidForm('请选择一张图片');
  return { purpose, data };
}

async function readCapped(stream: Readable & { truncated?: boolean }, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    total += chunk.length;
    if (total > maxBytes) throw tooLarge(maxBytes);
    chunks.push(chunk);
  }
  // busboy stops at `fileSize` and marks the stream truncated rather than passing the excess on.
  if (stream.truncated) throw tooLarge(maxBytes);
  return Buffer.concat(chunks, total);
}

function mapMultipartError(error: unknown, maxBytes: number): unknown {
  if (error instanceof DomainException) return error;
  const code = (error as { code?: unknown }).code;
  switch (code) {
    case 'FST_REQ_FILE_TOO_LARGE':
      return tooLarge(maxBytes);
    case 'FST_FILES_LIMIT':
      return invalidForm('一次只能上传一张图片');
    case 'FST_PARTS_LIMIT':
    case 'FST_FIELDS_LIMIT':
      return invalidForm('表单字段过多');
    default:
      return new DomainException(ErrorCode.MalformedBody, '上传的表单不完整或格式不正确');
  }
}
