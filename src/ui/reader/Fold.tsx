import { type ReactNode, useEffect, useState } from 'react';

interface Props {
  /** Fold only when true (a phone); otherwise the content is shown as it is. */
  folded: boolean;
  summary: ReactNode;
  className?: string;
  /** Opens the fold each time it changes (e.g. a button elsewhere asks for something inside). */
  openRequest?: number;
  children: ReactNode;
}

/**
 * Secondary content that folds into a disclosure on a phone, so the readouts come first there, and stays in
 * view on a wider screen.
 */
export function Fold({ folded, summary, className, openRequest, children }: Props) {
  const [open, setOpen] = useState(false);
  useEffect(() => {
    if (openRequest) setOpen(true);
  }, [openRequest]);
  if (!folded) return <>{children}</>;
  return (
    <details
      className={`fold${className ? ` ${className}` : ''}`}
      open={open}
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary>{summary}</summary>
      <div className="fold-body">{children}</div>
    </details>
  );
}
