import type { PinoLogger } from 'nestjs-pino';

import { LogSmsSender } from './log-sms.sender';

describe('LogSmsSender', () => {
  it('logs the masked phone and the code in clear at info level', async () => {
    const logger = { setContext: jest.fn(), info: jest.fn() };
    await new LogSmsSender(logger as unknown as PinoLogger).send('13812345678', '246810');
    expect(logger.info).toHaveBeenCalledWith({ phone: '138****5678', code: '246810' }, expect.any(String));
    expect(JSON.stringify(logger.info.mock.calls)).not.toContain('13812345678');
  });
});
