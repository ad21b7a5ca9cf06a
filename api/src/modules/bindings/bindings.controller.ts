import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { BindingSummary, Page } from '@tongxin/types';

import { Authorize, type Caller, CurrentCaller } from '../access/authorize.decorator';
import { Permission } from '../access/permissions';
import { BindingsService } from './bindings.service';
import { CreateBindingDto, ListBindingsQueryDto, ReviewDto } from './dto/bindings.dto';

@ApiTags('bindings')
@ApiBearerAuth()
@Controller()
export class BindingsController {
  constructor(private readonly bindings: BindingsService) {}

  @Post('me/binding')
  request(@CurrentCaller() caller: Caller, @Body() body: CreateBindingDto): Promise<BindingSummary> {
    return this.bindings.request(caller.userId, body);
  }

  @Get('me/binding')
  mine(@CurrentCaller() caller: Caller): Promise<BindingSummary | null> {
    return this.bindings.mine(caller.userId);
  }

  @Delete('me/binding')
  @HttpCode(204)
  withdraw(@CurrentCaller() caller: Caller): Promise<void> {
    return this.bindings.withdraw(caller.userId);
  }

  @Get('bindings')
  @Authorize(Permission.BindingReview)
  list(@CurrentCaller() caller: Caller, @Query() query: ListBindingsQueryDto): Promise<Page<BindingSummary>> {
    return this.bindings.list(caller, query);
  }

  @Post('bindings/:id/verify')
  @HttpCode(200)
  @Authorize(Permission.BindingReview, { record: 'binding', param: 'id' })
  verify(@CurrentCaller() caller: Caller, @Param('id') id: string): Promise<BindingSummary> {
    return this.bindings.verify(caller, id);
  }

  @Post('bindings/:id/reject')
  @HttpCode(200)
  @Authorize(Permission.BindingReview, { record: 'binding', param: 'id' })
  reject(@CurrentCaller() caller: Caller, @Param('id') id: string, @Body() body: ReviewDto): Promise<BindingSummary> {
    return this.bindings.reject(caller, id, body);
  }
}
