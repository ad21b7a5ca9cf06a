import type { ReactNode } from 'react';

interface ButtonProps {
  className?: string;
  children?: ReactNode;
  disabled?: boolean;
  loading?: boolean;
  onClick?: () => void;
}

/** DOM stand-ins for the NutUI components the app uses. */
export function Button({ className, children, disabled, loading, onClick }: ButtonProps) {
  return (
    <button type='button' className={className} disabled={disabled || loading} onClick={onClick}>
      {children}
    </button>
  );
}

interface SwitchProps {
  checked?: boolean;
  onChange?: (value: boolean) => void;
}

export function Switch({ checked = false, onChange }: SwitchProps) {
  return (
    <input type='checkbox' role='switch' checked={checked} onChange={(event) => onChange?.(event.target.checked)} />
  );
}

interface InputProps {
  className?: string;
  type?: string;
  value?: string;
  placeholder?: string;
  maxLength?: number;
  onChange?: (value: string) => void;
}

export function Input({ className, type, value, placeholder, maxLength, onChange }: InputProps) {
  return (
    <input
      className={className}
      type={type === 'number' ? 'text' : type}
      value={value}
      placeholder={placeholder}
      maxLength={maxLength}
      onChange={(event) => onChange?.(event.target.value)}
    />
  );
}

export function TextArea({ className, value, placeholder, onChange }: InputProps) {
  return (
    <textarea
      className={className}
      value={value}
      placeholder={placeholder}
      onChange={(event) => onChange?.(event.target.value)}
    />
  );
}

interface DialogProps {
  className?: string;
  visible?: boolean;
  title?: ReactNode;
  children?: ReactNode;
  confirmText?: ReactNode;
  cancelText?: ReactNode;
  onConfirm?: () => PromiseLike<unknown> | void;
  onCancel?: () => void;
  onClose?: () => void;
}

/** Like NutUI's: waits on onConfirm, closes when it resolves and stays open when it rejects. */
export function Dialog(props: DialogProps) {
  const { className, visible, title, children, confirmText = '确定', cancelText = '取消' } = props;
  if (!visible) return null;
  const confirm = () => {
    Promise.resolve()
      .then(() => props.onConfirm?.())
      .then(
        () => props.onClose?.(),
        () => undefined,
      );
  };
  return (
    <div className={className} role='dialog'>
      <div>{title}</div>
      {children}
      <button type='button' onClick={() => props.onCancel?.()}>
        {cancelText}
      </button>
      <button type='button' onClick={confirm}>
        {confirmText}
      </button>
    </div>
  );
}
