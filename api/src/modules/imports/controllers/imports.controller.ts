import { Controller, Get, HttpCode, Param, Post, Query, Req, Res, StreamableFile } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { ApiRoute } from '@tongxin/types';
import type { FastifyReply, FastifyRequest } from 'fastify';

import { Authorize, type Caller, CurrentCaller, Public } from '../../access/authorize.decorator';
import { Permission } from '../../access/permissions';
import {
  ImportApplyResponseDto,
  ImportKindParamDto,
  ImportPageResponse,
  ImportReportResponse,
  ImportScopeQueryDto,
  ImportSummaryResponse,
  ListImportsQueryDto,
} from '../dto/imports.dto';
import { XLSX_TYPE } from '../kinds/templates';
import { ImportsService } from '../services/imports.service';

const WORKBOOK_BODY = {
  schema: {
    type: 'object',
    required: ['file'],
    properties: { file: { type: 'string', format: 'binary', description: 'Excel 工作簿（.xlsx）' } },
  },
};

/** Import into a street or a community: the guard checks ImportManage on the scope named in the query. */
const SCOPE = { record: 'place', query: 'scopeId' } as const;

@ApiTags('imports')
@Controller(ApiRoute.Imports)
export class ImportsController {
  constructor(private readonly imports: ImportsService) {}

  /** Public: a blank form holds no data, and an H5 download link cannot send a token. */
  @Get('templates/:kind.xlsx')
  @Public()
  @ApiProduces(XLSX_TYPE)
  async template(
    @Param() params: ImportKindParamDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    const { data, fileName } = await this.imports.template(params.kind);
    void reply.header(
      'content-disposition',
      `attachment; filename="${params.kind}.xlsx"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
    );
    return new StreamableFile(data, { type: XLSX_TYPE });
  }

  @Post(':kind/dry-run')
  @HttpCode(200)
  @ApiBearerAuth()
  @Authorize(Permission.ImportManage, SCOPE)
  @ApiConsumes('multipart/form-data')
  @ApiBody(WORKBOOK_BODY)
  @ApiOkResponse({ type: ImportReportResponse })
  dryRun(
    @CurrentCaller() caller: Caller,
    @Param() params: ImportKindParamDto,
    @Query() query: ImportScopeQueryDto,
    @Req() request: FastifyRequest,
  ): Promise<ImportReportResponse> {
    return this.imports.dryRun(caller, params.kind, query.scopeId, request);
  }

  @Post(':kind/apply')
  @HttpCode(201)
  @ApiBearerAuth()
  @Authorize(Permission.ImportManage, SCOPE)
  @ApiConsumes('multipart/form-data')
  @ApiBody(WORKBOOK_BODY)
  @ApiOkResponse({ type: ImportApplyResponseDto })
  @ApiUnprocessableEntityResponse({ description: 'IMPORT_ROWS_INVALID：有问题的行，未写入；details 为报告' })
  apply(
    @CurrentCaller() caller: Caller,
    @Param() params: ImportKindParamDto,
    @Query() query: ImportScopeQueryDto,
    @Req() request: FastifyRequest,
  ): Promise<ImportApplyResponseDto> {
    return this.imports.apply(caller, params.kind, query.scopeId, request);
  }

  @Get()
  @ApiBearerAuth()
  @Authorize(Permission.ImportManage)
  @ApiOkResponse({ type: ImportPageResponse })
  list(@CurrentCaller() caller: Caller, @Query() query: ListImportsQueryDto): Promise<ImportPageResponse> {
    return this.imports.list(caller, query);
  }

  @Get(':id')
  @ApiBearerAuth()
  @Authorize(Permission.ImportManage, { record: 'import', param: 'id' })
  @ApiOkResponse({ type: ImportSummaryResponse })
  get(@Param('id') id: string): Promise<ImportSummaryResponse> {
    return this.imports.get(id);
  }
}
