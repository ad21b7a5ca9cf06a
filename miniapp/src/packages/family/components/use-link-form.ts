import type { FamilyLinkView } from '@tongxin/types';
import { useState } from 'react';

import { errorMessage } from '@/services/api-error';

import { type LinkFormErrors, normalisePhone, validateLinkForm } from './link-model';

interface LinkFormOptions {
  send: (fields: { phone: string; relation: string }) => Promise<FamilyLinkView[]>;
  onSent: () => void;
  /** A failure that belongs to a field: set it there and return true; anything else shows under the form. */
  fieldError?: (failure: unknown) => LinkFormErrors | null;
}

/**
 * A phone-and-relation form (申请为家人代办, 登记家属代办): `submit` checks both and, when they are right, sends the
 * phone (spaces and dashes taken out) with the relation, then clears the form.
 */
export function useLinkForm({ send, onSent, fieldError }: LinkFormOptions) {
  const [phone, setPhone] = useState('');
  const [relation, setRelation] = useState<string | null>(null);
  const [errors, setErrors] = useState<LinkFormErrors>({});
  const [formError, setFormError] = useState<string | null>(null);

  async function submit(): Promise<void> {
    const found = validateLinkForm({ phone, relation });
    setErrors(found);
    setFormError(null);
    if (Object.keys(found).length > 0 || !relation) return;
    try {
      await send({ phone: normalisePhone(phone), relation });
      setPhone('');
      setRelation(null);
      onSent();
    } catch (failure) {
      const onField = fieldError?.(failure);
      if (onField) setErrors(onField);
      else setFormError(errorMessage(failure));
    }
  }

  return { phone, setPhone, relation, setRelation, errors, formError, submit };
}

export type LinkForm = ReturnType<typeof useLinkForm>;
