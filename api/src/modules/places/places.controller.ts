import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiRoute } from '@tongxin/types';

import { Authorize, type Caller, CurrentCaller, Public } from '../access/authorize.decorator';
import { Permission } from '../access/permissions';
import { ListPlacesQueryDto } from './dto/list-places-query.dto';
import {
  LocatedGridResponse,
  PlaceDetailResponse,
  PlacePageResponse,
  PlaceUnitPageResponse,
  PlaceUnitResponse,
} from './dto/place.response';
import { CreatePlaceDto, LocateQueryDto, MovePlaceDto, RenamePlaceDto, SetBoundaryDto } from './dto/place-requests.dto';
import { CreatePlaceUnitDto, ListPlaceUnitsQueryDto } from './dto/place-unit-requests.dto';
import { PlaceAdminService } from './place-admin.service';
import { PlaceUnitsService } from './place-units.service';
import { PlacesService } from './places.service';

/** Acting on a place needs PlaceManage on its parent ('placeParent'): staff manage what is below their place. */
@ApiTags('places')
@Controller(ApiRoute.Places)
export class PlacesController {
  constructor(
    private readonly places: PlacesService,
    private readonly admin: PlaceAdminService,
    private readonly units: PlaceUnitsService,
  ) {}

  @Get()
  @Public()
  @ApiOkResponse({ type: PlacePageResponse })
  list(@Query() query: ListPlacesQueryDto): Promise<PlacePageResponse> {
    return this.places.listChildren(query);
  }

  @Get('locate')
  @Public()
  @ApiOkResponse({ type: LocatedGridResponse })
  locate(@Query() query: LocateQueryDto): Promise<LocatedGridResponse> {
    return this.places.locate(query);
  }

  @Get(':id')
  @Public()
  @ApiOkResponse({ type: PlaceDetailResponse })
  get(@Param('id') id: string): Promise<PlaceDetailResponse> {
    return this.places.get(id);
  }

  @Post()
  @ApiBearerAuth()
  @Authorize(Permission.PlaceManage, { record: 'place', body: 'parentId' })
  @ApiCreatedResponse({ type: PlaceDetailResponse })
  create(@Body() body: CreatePlaceDto): Promise<PlaceDetailResponse> {
    return this.admin.create(body);
  }

  @Patch(':id')
  @ApiBearerAuth()
  @Authorize(Permission.PlaceManage, { record: 'placeParent', param: 'id' })
  @ApiOkResponse({ type: PlaceDetailResponse })
  rename(@Param('id') id: string, @Body() body: RenamePlaceDto): Promise<PlaceDetailResponse> {
    return this.admin.rename(id, body);
  }

  @Post(':id/move')
  @HttpCode(200)
  @ApiBearerAuth()
  @Authorize(Permission.PlaceManage, { record: 'placeParent', param: 'id' })
  @ApiOkResponse({ type: PlaceDetailResponse })
  move(
    @CurrentCaller() caller: Caller,
    @Param('id') id: string,
    @Body() body: MovePlaceDto,
  ): Promise<PlaceDetailResponse> {
    return this.admin.move(caller, id, body);
  }

  @Post(':id/retire')
  @HttpCode(200)
  @ApiBearerAuth()
  @Authorize(Permission.PlaceManage, { record: 'placeParent', param: 'id' })
  @ApiOkResponse({ type: PlaceDetailResponse })
  retire(@Param('id') id: string): Promise<PlaceDetailResponse> {
    return this.admin.retire(id);
  }

  @Put(':id/boundary')
  @ApiBearerAuth()
  @Authorize(Permission.PlaceManage, { record: 'placeParent', param: 'id' })
  @ApiOkResponse({ type: PlaceDetailResponse })
  setBoundary(@Param('id') id: string, @Body() body: SetBoundaryDto): Promise<PlaceDetailResponse> {
    return this.admin.setBoundary(id, body);
  }

  @Delete(':id/boundary')
  @HttpCode(204)
  @ApiBearerAuth()
  @Authorize(Permission.PlaceManage, { record: 'placeParent', param: 'id' })
  @ApiNoContentResponse()
  clearBoundary(@Param('id') id: string): Promise<void> {
    return this.admin.clearBoundary(id);
  }

  @Get(':id/units')
  @Public()
  @ApiOkResponse({ type: PlaceUnitPageResponse })
  listUnits(@Param('id') id: string, @Query() query: ListPlaceUnitsQueryDto): Promise<PlaceUnitPageResponse> {
    return this.units.list(id, query);
  }

  @Post(':id/units')
  @ApiBearerAuth()
  @Authorize(Permission.UnitManage, { record: 'place', param: 'id' })
  @ApiCreatedResponse({ type: PlaceUnitResponse })
  createUnit(@Param('id') id: string, @Body() body: CreatePlaceUnitDto): Promise<PlaceUnitResponse> {
    return this.units.create(id, body);
  }
}
