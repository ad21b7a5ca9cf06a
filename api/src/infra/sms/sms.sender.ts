/** Sends a verification code by SMS. An abstract class so it can be a Nest injection token. */
export abstract class SmsSender {
  /** `phone` is an 11-digit mainland number (13812345678); the sender adds +86 where its provider needs it. */
  abstract send(phone: string, code: string): Promise<void>;
}
