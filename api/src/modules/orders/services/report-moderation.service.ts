import { Injectable, type OnModuleInit } from '@nestjs/common';
import { ErrorCode, FlaggableKind, OrderStatus, PhotoPurpose } from '@tongxin/types';

import { DomainException } from '../../../infra/http/domain.exception';
import type { Caller } from '../../access/authorize.decorator';
import { AlertsService } from '../../alerts/alerts.service';
import type { FlaggableRecord } from '../../moderation/moderation-registry';
import { ModerationRegistry } from '../../moderation/moderation-registry';
import { PhotosService } from '../../photos/photos.service';
import { OrdersRepository } from '../repositories/orders.repository';
import { ReportsRepository } from '../repositories/reports.repository';
import { ReportViewsService } from './report-views.service';

/** Reports and their photos as moderation sees them: flaggable by those who may read the report. */
@Injectable()
export class ReportModerationService implements OnModuleInit {
  constructor(
    private readonly registry: ModerationRegistry,
    private readonly reports: ReportsRepository,
    private readonly orders: OrdersRepository,
    private readonly views: ReportViewsService,
    private readonly photos: PhotosService,
    private readonly alerts: AlertsService,
  ) {}

  onModuleInit(): void {
    this.registry.register(FlaggableKind.Report, {
      find: (id, viewer) => this.report(id, viewer),
      published: (id) => this.announce(id),
    });
    this.registry.register(FlaggableKind.Photo, { find: (id, viewer) => this.photo(id, viewer) });
  }

  private async report(reportId: string, viewer: Caller | null): Promise<FlaggableRecord | null> {
    const row = viewer
      ? await this.readableRow(viewer, reportId)
      : (await this.reports.findReports({ reportId }, 0, 1)).rows[0];
    return row ? { placeId: row.gridId, authorId: row.reporterId, excerpt: row.text } : null;
  }

  /**
   * Photos of reports, and of order steps (a handler's proof, a reporter's "not fixed"): moderated where their
   * report is, by its readers.
   */
  private async photo(photoId: string, viewer: Caller | null): Promise<FlaggableRecord | null> {
    const photo = await this.photos.findById(photoId);
    if (!photo?.attachedTo) return null;
    let reportId: string | null = null;
    if (photo.purpose === PhotoPurpose.Report) reportId = photo.attachedTo;
    if (photo.purpose === PhotoPurpose.OrderProof) {
      const orderId = await this.orders.findOrderOfHistory(photo.attachedTo);
      reportId = orderId ? ((await this.orders.findOrder(orderId))?.reportId ?? null) : null;
    }
    const report = reportId ? await this.report(reportId, viewer) : null;
    if (!report) return null;
    const what = photo.purpose === PhotoPurpose.Report ? '上报照片' : '处理照片';
    return {
      placeId: report.placeId,
      authorId: photo.ownerId,
      excerpt: `${what}：${report.excerpt}`,
      mediaUrl: this.photos.toView(photo).url,
    };
  }

  /** A report held for review reaches the hall when passed: its grid's members hear of it then (接单提醒). */
  private async announce(reportId: string): Promise<void> {
    const order = await this.orders.findOrderOfReport(reportId);
    const report = await this.reports.findReport(reportId);
    if (!order || !report || order.status !== OrderStatus.Open) return;
    await this.alerts.announce({
      gridId: order.gridId,
      reportId,
      text: report.text,
      reason: 'new',
      waiting: await this.orders.countOpenInGrid(order.gridId),
      skip: [report.reporterId],
    });
  }

  private async readableRow(viewer: Caller, reportId: string) {
    try {
      return (await this.views.readable(viewer, reportId)).row;
    } catch (error) {
      if (error instanceof DomainException && error.code === ErrorCode.NotFound) return null;
      throw error;
    }
  }
}
