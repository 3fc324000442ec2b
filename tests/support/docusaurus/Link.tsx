import type {ReactNode} from 'react';

export default function Link({to, children, ...rest}: {to: string; children?: ReactNode; [k: string]: unknown}) {
  return (
    <a href={to} {...rest}>
      {children}
    </a>
  );
}
