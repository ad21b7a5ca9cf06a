import { Module, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { PinoLogger } from 'nestjs-pino';

import { AppConfig } from '../../infra/config/app-config';
import { Sweeper } from '../../infra/http/sweeper';
import { PhotosModule } from '../photos/photos.module';
import { FigureSourcesRepository } from './figure-sources.repository';
import { FiguresController } from './figures.controller';
import { FiguresRepository } from './figures.repository';
import { FiguresService } from './figures.service';
import { FiguresSweepService } from './figures-sweep.service';
import { FiguresWorkbookService } from './figures-workbook.service';
import { ResultsController } from './results.controller';
import { ResultsRepository } from './results.repository';
import { ResultsService } from './results.service';
import { ScorecardsService } from './scorecards.service';

/**
 * Figures: the rollups (kept by a sweep that recounts the latest days from the history), and what reads them —
 * staff dashboards, 网格专项考评, the 述职 workbook, and residents' 办实事公开 and 网格周报.
 */
@Module({
  imports: [PhotosModule],
  controllers: [FiguresController, ResultsController],
  providers: [
    FigureSourcesRepository,
    FiguresRepository,
    ResultsRepository,
    FiguresSweepService,
    FiguresService,
    ScorecardsService,
    FiguresWorkbookService,
    ResultsService,
  ],
  exports: [FiguresSweepService],
})
export class FiguresModule implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly sweeper: Sweeper;

  constructor(sweep: FiguresSweepService, config: AppConfig, logger: PinoLogger) {
    this.sweeper = new Sweeper('figures', config.sweepIntervalMs, () => sweep.sweep(), logger);
  }

  onApplicationBootstrap(): void {
    this.sweeper.start();
  }

  onApplicationShutdown(): void {
    this.sweeper.stop();
  }
}
