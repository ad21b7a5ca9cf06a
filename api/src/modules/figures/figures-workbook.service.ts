import { Injectable } from '@nestjs/common';
import type { FiguresQuery } from '@tongxin/types';

import { FiguresService } from './figures.service';
import { figuresWorkbook } from './figures-workbook';
import { ScorecardsService } from './scorecards.service';

/** The 述职 workbook: the dashboard's view and the scorecards of the same place and period, as XLSX. */
@Injectable()
export class FiguresWorkbookService {
  constructor(
    private readonly figures: FiguresService,
    private readonly scorecards: ScorecardsService,
  ) {}

  async workbook(query: FiguresQuery, now = new Date()): Promise<Buffer> {
    const [view, cards] = await Promise.all([
      this.figures.dashboard(query, now),
      this.scorecards.scorecards(query, now),
    ]);
    return figuresWorkbook(view, cards);
  }
}
