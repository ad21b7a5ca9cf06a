import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Page, ReportCategoryView, ReportDetail, ReportView } from '@tongxin/types';

import { PageQueryDto } from '../../../infra/http/page-query.dto';
import {
  Authorize,
  type Caller,
  CurrentCaller,
  OnBehalf,
  OptionalCaller,
  Public,
} from '../../access/authorize.decorator';
import { Permission } from '../../access/permissions';
import {
  CategoriesQueryDto,
  CommunityReportsQueryDto,
  CreateCategoryDto,
  CreateReportDto,
  NearbyQueryDto,
  UpdateCategoryDto,
} from '../dto/reports.dto';
import { ReportViewsService } from '../services/report-views.service';
import { ReportsService } from '../services/reports.service';

@ApiTags('reports')
@ApiBearerAuth()
@Controller()
export class ReportsController {
  constructor(
    private readonly reports: ReportsService,
    private readonly views: ReportViewsService,
  ) {}

  @Public()
  @Get('report-categories')
  categories(
    @OptionalCaller() caller: Caller | null,
    @Query() query: CategoriesQueryDto,
  ): Promise<ReportCategoryView[]> {
    return this.reports.categories(caller, query);
  }

  @Post('report-categories')
  @Authorize(Permission.CategoryManage, { record: 'place', body: 'communityId' })
  createCategory(@Body() body: CreateCategoryDto): Promise<ReportCategoryView> {
    return this.reports.createCategory(body);
  }

  @Patch('report-categories/:id')
  @Authorize(Permission.CategoryManage, { record: 'category', param: 'id' })
  updateCategory(@Param('id') id: string, @Body() body: UpdateCategoryDto): Promise<ReportCategoryView> {
    return this.reports.updateCategory(id, body);
  }

  @Post('reports')
  @OnBehalf('代为提交需求或问题')
  file(@CurrentCaller() caller: Caller, @Body() body: CreateReportDto): Promise<ReportDetail> {
    return this.reports.file(caller, body);
  }

  @Get('reports/nearby')
  nearby(@CurrentCaller() caller: Caller, @Query() query: NearbyQueryDto): Promise<ReportView[]> {
    return this.reports.nearby(caller, query);
  }

  @Get('reports/mine')
  @OnBehalf('查看上报')
  mine(@CurrentCaller() caller: Caller, @Query() query: PageQueryDto): Promise<Page<ReportView>> {
    return this.reports.mine(caller, query);
  }

  @Get('reports')
  community(@CurrentCaller() caller: Caller, @Query() query: CommunityReportsQueryDto): Promise<Page<ReportView>> {
    return this.reports.community(caller, query);
  }

  @Get('reports/:id')
  detail(@CurrentCaller() caller: Caller, @Param('id') id: string): Promise<ReportDetail> {
    return this.views.detail(caller, id);
  }

  @Post('reports/:id/me-too')
  @HttpCode(200)
  meToo(@CurrentCaller() caller: Caller, @Param('id') id: string): Promise<ReportView> {
    return this.reports.meToo(caller, id);
  }
}
