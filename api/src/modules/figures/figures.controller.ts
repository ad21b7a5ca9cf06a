import { Body, Controller, Get, Header, Param, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import {
  ApiRoute,
  type FigurePlace,
  type FiguresView,
  type ScorecardsView,
  type ScorecardWeights,
} from '@tongxin/types';

import { Authorize, type Caller, CurrentCaller } from '../access/authorize.decorator';
import { Permission } from '../access/permissions';
import { XLSX_TYPE } from '../events/attendance-export';
import { FiguresQueryDto } from './dto/figures-query.dto';
import { PutScorecardWeightsDto } from './dto/scorecard-weights.dto';
import { FiguresService } from './figures.service';
import { FiguresWorkbookService } from './figures-workbook.service';
import { ScorecardsService } from './scorecards.service';

const PLACE = { record: 'place', query: 'placeId' } as const;
const STREET = { record: 'place', param: 'streetId' } as const;

/** Staff and grid workers: dashboards, 网格专项考评 and the 述职 workbook of the places in their scope. */
@ApiTags('figures')
@ApiBearerAuth()
@Controller()
export class FiguresController {
  constructor(
    private readonly figures: FiguresService,
    private readonly scorecards: ScorecardsService,
    private readonly workbooks: FiguresWorkbookService,
  ) {}

  @Get(ApiRoute.Figures.Places)
  @Authorize(Permission.FiguresRead)
  places(@CurrentCaller() caller: Caller): Promise<FigurePlace[]> {
    return this.figures.places(caller);
  }

  @Get(ApiRoute.Figures.Dashboard)
  @Authorize(Permission.FiguresRead, PLACE)
  dashboard(@Query() query: FiguresQueryDto): Promise<FiguresView> {
    return this.figures.dashboard(query);
  }

  @Get(ApiRoute.Figures.Workbook)
  @Header('content-type', XLSX_TYPE)
  @Header('content-disposition', 'attachment; filename="figures.xlsx"')
  @Authorize(Permission.FiguresRead, PLACE)
  workbook(@Query() query: FiguresQueryDto): Promise<Buffer> {
    return this.workbooks.workbook(query);
  }

  @Get(ApiRoute.Figures.Scorecards)
  @Authorize(Permission.FiguresRead, PLACE)
  scorecardsOf(@Query() query: FiguresQueryDto): Promise<ScorecardsView> {
    return this.scorecards.scorecards(query);
  }

  @Get('figures/weights/:streetId')
  @Authorize(Permission.FiguresRead, STREET)
  weights(@Param('streetId') streetId: string): Promise<ScorecardWeights> {
    return this.scorecards.weights(streetId);
  }

  @Put('figures/weights/:streetId')
  @Authorize(Permission.FiguresWeights, STREET)
  setWeights(
    @CurrentCaller() caller: Caller,
    @Param('streetId') streetId: string,
    @Body() body: PutScorecardWeightsDto,
  ): Promise<ScorecardWeights> {
    return this.scorecards.setWeights(caller, streetId, body.weights);
  }
}
