import type { Readable } from 'node:stream';

import type { Multipart } from '@fastify/multipart';
import { ErrorCode, IMPORT_MAX_BYTES } from '@tongxin/types';
import type { FastifyRequest } from 'fastify';

import { DomainException } from '../../../infra/http/domain.exception';

export interface WorkbookUpload {
  data: Buffer;
  /** The name the browser or WeChat gave the file, cut to 200 characters. */
  fileName: string | null;
}

const tooLarge = () =>
  new DomainException(
    ErrorCode.PayloadTooLarge,
    `文件不能超过 ${IMPORT_MAX_BYTES / 1024 / 1024} MB，请分成几个文件导入`,
    {
      maxBytes: IMPORT_MAX_BYTES,
    },
  );

const invalidForm = (problem: string) =>
  new DomainException(ErrorCode.ValidationFailed, '请求参数不正确', [{ field: 'file', problems: [problem] }]);

/**
 * Reads a `multipart/form-data` body with one file field `file` (the parser is the one PhotosModule registers on
 * the app, which leaves multipart bodies unread). The file is counted as it streams and refused past
 * IMPORT_MAX_BYTES, so no more than that is ever held.
 */
export async function readWorkbookUpload(request: FastifyRequest): Promise<WorkbookUpload> {
  if (!request.isMultipart?.()) {
    throw new DomainException(ErrorCode.UnsupportedMediaType, '请以 multipart/form-data 上传工作簿');
  }
  let upload: WorkbookUpload | null = null;
  try {
    const parts = request.parts({
      limits: { fileSize: IMPORT_MAX_BYTES, files: 1, fields: 2, parts: 3, fieldSize: 1024, headerPairs: 20 },
    });
    for await (const part of parts as AsyncIterable<Multipart>) {
      if (part.type !== 'file' || part.fieldname !== 'file') {
        if (part.type === 'file') part.file.destroy();
        throw new DomainException(ErrorCode.ValidationFailed, '请求参数不正确', [
          { field: part.fieldname, problems: ['不允许的字段，工作簿请放在 file 字段'] },
        ]);
      }
      const data = await readCapped(part.file);
      upload = { data, fileName: part.filename ? part.filename.slice(0, 200) : null };
    }
  } catch (error) {
    throw mapMultipartError(error);
  }
  if (!upload || upload.data.length === 0) throw invalidForm('请选择一个 Excel 工作簿（.xlsx）');
  return upload;
}

async function readCapped(stream: Readable & { truncated?: boolean }): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    total += chunk.length;
    if (total > IMPORT_MAX_BYTES) throw tooLarge();
    chunks.push(chunk);
  }
  // busboy stops at `fileSize` and marks the stream truncated rather than passing the excess on.
  if (stream.truncated) throw tooLarge();
  return Buffer.concat(chunks, total);
}

function mapMultipartError(error: unknown): unknown {
  if (error instanceof DomainException) return error;
  switch ((error as { code?: unknown }).code) {
    case 'FST_REQ_FILE_TOO_LARGE':
      return tooLarge();
    case 'FST_FILES_LIMIT':
      return invalidForm('一次只能上传一个工作簿');
    case 'FST_PARTS_LIMIT':
    case 'FST_FIELDS_LIMIT':
      return invalidForm('表单字段过多');
    default:
      return new DomainException(ErrorCode.MalformedBody, '上传的表单不完整或格式不正确');
  }
}
