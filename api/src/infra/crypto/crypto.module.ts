import { Global, Module } from '@nestjs/common';

import { PiiCipher } from './pii-cipher';

/** The process's personal-data cipher (phones and other PII at rest). */
@Global()
@Module({ providers: [PiiCipher], exports: [PiiCipher] })
export class CryptoModule {}
