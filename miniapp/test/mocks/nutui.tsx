import type { ReactNode } from 'react';

interface ButtonProps {
  className?: string;
  children?: ReactNode;
  onClick?: () => void;
}

/** DOM stand-ins for the NutUI components the app uses. */
export function Button({ className, children, onClick }: ButtonProps) {
  return (
    <button type='button' className={className} onClick={onClick}>
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
