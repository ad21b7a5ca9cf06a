import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiRoute } from '@tongxin/types';

import { Public } from '../access/authorize.decorator';
import { ListPlacesQueryDto } from './dto/list-places-query.dto';
import { PlacePageResponse } from './dto/place.response';
import { PlacesService } from './places.service';

@ApiTags('places')
@Public()
@Controller(ApiRoute.Places)
export class PlacesController {
  constructor(private readonly places: PlacesService) {}

  @Get()
  @ApiOkResponse({ type: PlacePageResponse })
  list(@Query() query: ListPlacesQueryDto): Promise<PlacePageResponse> {
    return this.places.listChildren(query);
  }
}
