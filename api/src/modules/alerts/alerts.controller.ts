import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { OrderAlertSettings } from '@tongxin/types';

import { Authorize, type Caller, CurrentCaller } from '../access/authorize.decorator';
import { Permission } from '../access/permissions';
import { AlertsService } from './alerts.service';
import { UpdateOrderAlertSettingsDto } from './dto/order-alert-settings.dto';

/** 接单提醒 settings: for those who may grab orders somewhere. */
@ApiTags('order-alerts')
@ApiBearerAuth()
@Controller('me/order-alerts')
export class AlertsController {
  constructor(private readonly alerts: AlertsService) {}

  @Get()
  @Authorize(Permission.OrderGrab)
  get(@CurrentCaller() caller: Caller): Promise<OrderAlertSettings> {
    return this.alerts.settings(caller.userId);
  }

  @Put()
  @Authorize(Permission.OrderGrab)
  update(@CurrentCaller() caller: Caller, @Body() body: UpdateOrderAlertSettingsDto): Promise<OrderAlertSettings> {
    return this.alerts.updateSettings(caller.userId, body);
  }
}
