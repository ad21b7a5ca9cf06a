import type { ReactNode } from 'react';

interface BaseProps {
  className?: string;
  hoverClass?: string;
  children?: ReactNode;
  onClick?: () => void;
}

/** DOM stand-ins for Taro's built-in components. */
export function View({ className, children, onClick }: BaseProps) {
  return (
    <div className={className} onClick={onClick}>
      {children}
    </div>
  );
}

export function Text({ className, children, onClick }: BaseProps) {
  return (
    <span className={className} onClick={onClick}>
      {children}
    </span>
  );
}

export function Image({ className, src }: { className?: string; src?: string }) {
  return <img className={className} src={src} alt='' />;
}
