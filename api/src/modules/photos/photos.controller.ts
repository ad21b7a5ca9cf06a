import { Controller, Get, Param, Post, Query, Req, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import { PhotoPurpose, type PhotoView } from '@tongxin/types';
import type { FastifyReply, FastifyRequest } from 'fastify';

import { type Caller, CurrentCaller, Public } from '../access/authorize.decorator';
import { PhotoFileQueryDto } from './dto/photo-file-query.dto';
import { PhotosService } from './photos.service';

@ApiTags('photos')
@Controller('photos')
export class PhotosController {
  constructor(private readonly photos: PhotosService) {}

  @Post()
  @ApiBearerAuth()
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file', 'purpose'],
      properties: {
        file: { type: 'string', format: 'binary' },
        purpose: { type: 'string', enum: Object.values(PhotoPurpose) },
      },
    },
  })
  upload(@CurrentCaller() caller: Caller, @Req() request: FastifyRequest): Promise<PhotoView> {
    return this.photos.upload(caller.userId, request);
  }

  /** Signed, expiring URL (from PhotoView): `<image src>` cannot send a token, so the signature is the credential. */
  @Get(':id/file')
  @Public()
  async file(
    @Param('id') id: string,
    @Query() query: PhotoFileQueryDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    const file = await this.photos.file(id, query);
    void reply
      .header('cache-control', `private, max-age=${file.maxAgeSeconds}, immutable`)
      .header('x-content-type-options', 'nosniff');
    const options = { type: file.contentType };
    return Buffer.isBuffer(file.body) ? new StreamableFile(file.body, options) : new StreamableFile(file.body, options);
  }
}
