import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiRoute, type MemberPhoneResponse, type MemberSummary, type Page, type RoleGrantRow } from '@tongxin/types';

import { Authorize, type Caller, CurrentCaller } from '../access/authorize.decorator';
import { Permission } from '../access/permissions';
import { GrantRoleDto, ListGrantsQueryDto, ListMembersQueryDto } from './dto/role-grants.dto';
import { RoleGrantsService } from './role-grants.service';

@ApiTags('access')
@ApiBearerAuth()
@Controller()
export class RoleGrantsController {
  constructor(private readonly service: RoleGrantsService) {}

  @Get(ApiRoute.RoleGrants)
  @Authorize(Permission.RoleGrant)
  list(@CurrentCaller() caller: Caller, @Query() query: ListGrantsQueryDto): Promise<Page<RoleGrantRow>> {
    return this.service.list(caller, query);
  }

  @Post(ApiRoute.RoleGrants)
  @Authorize(Permission.RoleGrant, { record: 'place', body: 'placeId' })
  grant(@CurrentCaller() caller: Caller, @Body() body: GrantRoleDto): Promise<RoleGrantRow> {
    return this.service.grant(caller, body);
  }

  @Delete(`${ApiRoute.RoleGrants}/:id`)
  @HttpCode(204)
  @Authorize(Permission.RoleGrant, { record: 'roleGrant', param: 'id' })
  revoke(@CurrentCaller() caller: Caller, @Param('id') id: string): Promise<void> {
    return this.service.revoke(caller, id);
  }

  @Get(ApiRoute.Members)
  @Authorize(Permission.MemberRead)
  members(@CurrentCaller() caller: Caller, @Query() query: ListMembersQueryDto): Promise<Page<MemberSummary>> {
    return this.service.listMembers(caller, query);
  }

  /** A POST, not a GET: every reveal is written to the audit log and counted against the caller's write budget. */
  @Post(`${ApiRoute.Members}/:id/phone-reveal`)
  @HttpCode(200)
  @Authorize(Permission.PiiView, { record: 'member', param: 'id' })
  phone(@CurrentCaller() caller: Caller, @Param('id') id: string): Promise<MemberPhoneResponse> {
    return this.service.revealPhone(caller, id);
  }
}
