import type { ParseKeys } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** The namespaces whose messages this component shows (each has `status.dismiss`). */
type MessageNs = 'notes' | 'byo';
const NAMESPACES = ['notes', 'byo'] as const;

/** A message key with its namespace, e.g. `notes:errors.conflict` (typed from the English files). */
export type MessageCode = Extract<ParseKeys<typeof NAMESPACES>, `${MessageNs}:${string}`>;

export interface StatusMessageProps {
  /**
   * `progress` and `success` are announced politely (role=status); `error` at once (role=alert). A message
   * that needs the reader to act is an error.
   */
  tone: 'progress' | 'success' | 'error';
  /** The message, translated here; omit it when `children` say everything. */
  code?: MessageCode;
  /** Interpolation values (and `count`) for `code`. */
  values?: Record<string, string | number>;
  /** Shown after the message: details or actions (a download button, a list of problems). */
  children?: ReactNode;
  /** Shown before the message (a spinner). */
  icon?: ReactNode;
  /** Shows a Dismiss button that calls this. */
  onDismiss?: () => void;
  /** A line among other controls (a span) instead of a block of its own. */
  inline?: boolean;
  /** Extra classes (the place's own look). */
  className?: string;
  /** For `aria-describedby` from the field the message is about. */
  id?: string;
  /** The namespace of the Dismiss label when there is no `code` (default `notes`). */
  ns?: MessageNs;
}

function nsOf(code: MessageCode): MessageNs {
  return code.startsWith('byo:') ? 'byo' : 'notes';
}

/**
 * The one status or alert line of the app: progress, success or an error, translated from its code, with
 * optional details, actions and a Dismiss button. Screen readers hear it once, politely or at once by tone.
 */
export function StatusMessage({
  tone,
  code,
  values,
  children,
  icon,
  onDismiss,
  inline = false,
  className,
  id,
  ns,
}: StatusMessageProps) {
  // Waits for the message's namespace (and re-renders on a language change); the lookup names it in the key.
  const { i18n } = useTranslation(code ? nsOf(code) : undefined);
  const t = i18n.getFixedT(null, NAMESPACES);
  const role = tone === 'error' ? 'alert' : 'status';
  const classes = ['status-message', `status-message-${tone}`, className].filter(Boolean).join(' ');
  const text = code === undefined ? null : t(code, values ?? {});
  const dismiss = onDismiss ? (
    <button type="button" className="status-message-dismiss" onClick={onDismiss}>
      {t(`${code ? nsOf(code) : (ns ?? 'notes')}:status.dismiss`)}
    </button>
  ) : null;
  const lead = icon ? <>{icon} </> : null;
  if (inline) {
    return (
      <span id={id} role={role} className={classes}>
        {lead}
        {text}
        {children}
        {dismiss}
      </span>
    );
  }
  // A message in words only is one paragraph; details, actions or a button make it a block.
  const plain = typeof children === 'string' ? children : null;
  if (!onDismiss && (children === undefined || (plain !== null && text === null))) {
    return (
      <p id={id} role={role} className={classes}>
        {lead}
        {text ?? plain}
      </p>
    );
  }
  return (
    <div id={id} role={role} className={classes}>
      {lead}
      {text === null ? null : <p>{text}</p>}
      {children}
      {dismiss}
    </div>
  );
}
