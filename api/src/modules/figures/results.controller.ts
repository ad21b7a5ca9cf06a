import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { type GridWeekly, type Page, type ResultsBoard, type ResultsFixedItem } from '@tongxin/types';

import { PageQueryDto } from '../../infra/http/page-query.dto';
import { WeeklyQueryDto } from './dto/figures-query.dto';
import { ResultsService } from './results.service';

/** Any signed-in member: what a community did (办实事公开) and a grid's week (网格周报), without anyone's identity. */
@ApiTags('figures')
@ApiBearerAuth()
@Controller()
export class ResultsController {
  constructor(private readonly results: ResultsService) {}

  @Get('figures/results/:communityId')
  board(@Param('communityId') communityId: string): Promise<ResultsBoard> {
    return this.results.board(communityId);
  }

  @Get('figures/results/:communityId/fixed')
  fixed(@Param('communityId') communityId: string, @Query() query: PageQueryDto): Promise<Page<ResultsFixedItem>> {
    return this.results.fixed(communityId, query);
  }

  @Get('figures/weekly/:gridId')
  weekly(@Param('gridId') gridId: string, @Query() query: WeeklyQueryDto): Promise<GridWeekly> {
    return this.results.weekly(gridId, query.date);
  }
}
