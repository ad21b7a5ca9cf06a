import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { type ModerationCaseView, ModerationState, type ModerationWordView, type Page } from '@tongxin/types';

import { Authorize, type Caller, CurrentCaller } from '../../access/authorize.decorator';
import { Permission } from '../../access/permissions';
import { AddWordDto, CasesQueryDto, DecideCaseDto, WordsQueryDto } from '../dto/moderation.dto';
import { ModerationService } from '../moderation.service';

const CASE = { record: 'moderationCase', param: 'id' } as const;
const WORD = { record: 'moderationWord', param: 'id' } as const;

/** Community staff: the moderation queue (held and flagged items); street admins: the street's 敏感词 list. */
@ApiTags('moderation')
@ApiBearerAuth()
@Controller('moderation')
export class ModerationController {
  constructor(private readonly moderation: ModerationService) {}

  @Get('cases')
  @Authorize(Permission.ModerationManage)
  cases(@CurrentCaller() caller: Caller, @Query() query: CasesQueryDto): Promise<Page<ModerationCaseView>> {
    return this.moderation.cases(caller, query);
  }

  @Post('cases/:id/pass')
  @HttpCode(200)
  @Authorize(Permission.ModerationManage, CASE)
  pass(@CurrentCaller() caller: Caller, @Param('id') id: string, @Body() body: DecideCaseDto) {
    return this.moderation.decide(caller, id, ModerationState.Passed, body.reason);
  }

  @Post('cases/:id/remove')
  @HttpCode(200)
  @Authorize(Permission.ModerationManage, CASE)
  remove(@CurrentCaller() caller: Caller, @Param('id') id: string, @Body() body: DecideCaseDto) {
    return this.moderation.decide(caller, id, ModerationState.Removed, body.reason);
  }

  @Get('words')
  @Authorize(Permission.ModerationManage)
  words(@CurrentCaller() caller: Caller, @Query() query: WordsQueryDto): Promise<Page<ModerationWordView>> {
    return this.moderation.words(caller, query.streetId, query);
  }

  @Post('words')
  @Authorize(Permission.ModerationManage)
  addWord(@CurrentCaller() caller: Caller, @Body() body: AddWordDto): Promise<ModerationWordView> {
    return this.moderation.addWord(caller, body.streetId, body.word);
  }

  @Delete('words/:id')
  @HttpCode(204)
  @Authorize(Permission.ModerationManage, WORD)
  deleteWord(@Param('id') id: string): Promise<void> {
    return this.moderation.deleteWord(id);
  }
}
