import { Body, Controller, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';

import { Authorize } from '../access/authorize.decorator';
import { Permission } from '../access/permissions';
import { PlaceUnitResponse } from './dto/place.response';
import { UpdatePlaceUnitDto } from './dto/place-unit-requests.dto';
import { PlaceUnitsService } from './place-units.service';

@ApiTags('places')
@ApiBearerAuth()
@Controller('place-units')
export class PlaceUnitsController {
  constructor(private readonly units: PlaceUnitsService) {}

  @Patch(':id')
  @Authorize(Permission.UnitManage, { record: 'placeUnit', param: 'id' })
  @ApiOkResponse({ type: PlaceUnitResponse })
  update(@Param('id') id: string, @Body() body: UpdatePlaceUnitDto): Promise<PlaceUnitResponse> {
    return this.units.update(id, body);
  }

  @Post(':id/retire')
  @HttpCode(200)
  @Authorize(Permission.UnitManage, { record: 'placeUnit', param: 'id' })
  @ApiOkResponse({ type: PlaceUnitResponse })
  retire(@Param('id') id: string): Promise<PlaceUnitResponse> {
    return this.units.retire(id);
  }
}
