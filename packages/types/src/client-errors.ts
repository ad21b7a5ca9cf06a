/** A crash or failed render the mini-app reports to the API's logs. */
export interface ReportClientErrorRequest {
  message: string;
  page: string;
  platform: 'weapp' | 'h5';
  stack?: string;
}
