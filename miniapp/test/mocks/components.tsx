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

interface ButtonProps extends BaseProps {
  id?: string;
  openType?: string;
  onAgreePrivacyAuthorization?: () => void;
}

/** Like WeChat's button: with open-type="agreePrivacyAuthorization" a tap fires onAgreePrivacyAuthorization. */
export function Button({ id, className, children, openType, onClick, onAgreePrivacyAuthorization }: ButtonProps) {
  const tap = openType === 'agreePrivacyAuthorization' ? onAgreePrivacyAuthorization : onClick;
  return (
    <button type='button' id={id} className={className} data-open-type={openType} onClick={tap}>
      {children}
    </button>
  );
}
