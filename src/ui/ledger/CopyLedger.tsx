import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadFile } from '../../browser/download';
import type { MeetingLedger } from '../../core/ledger/meeting-ledger';
import { copyDocFileName, copyDocMarkdown, ledgerCopyDoc } from '../../core/view/ledger-copy';
import { useUiLang } from '../app/use-ui-lang';
import { copyRich } from './clipboard';
import { copyDocHtml } from './ledger-html';

interface Props {
  ledger: MeetingLedger;
  texts: readonly [string, string];
  meetingId: string;
  /** Clock (tests). */
  now?: () => Date;
}

/**
 * "Copy ledger": the meeting's ledger on the clipboard as a Markdown table (plain text) and as an HTML table
 * (rich text), ready for a newsletter; "Download .md" saves the same Markdown.
 */
export function CopyLedger({ ledger, texts, meetingId, now = () => new Date() }: Props) {
  const { t } = useTranslation('ledger');
  const lang = useUiLang();
  const [said, setSaid] = useState('');
  const doc = () => ledgerCopyDoc(ledger, texts, { lang, now: now() });
  const copy = async () => {
    const d = doc();
    try {
      const how = await copyRich(copyDocMarkdown(d), copyDocHtml(d));
      setSaid(t(how === 'rich' ? 'copy.done' : 'copy.donePlain'));
    } catch {
      setSaid(t('copy.failed'));
    }
  };
  const download = () => {
    const at = now();
    downloadFile(
      copyDocFileName(meetingId, at),
      copyDocMarkdown(ledgerCopyDoc(ledger, texts, { lang, now: at })),
      'text/markdown',
    );
    setSaid(t('copy.downloaded'));
  };
  return (
    <div className="ledger-copy">
      <button type="button" className="button button-primary" onClick={copy}>
        {t('copy.button')}
      </button>
      <button type="button" className="button" onClick={download}>
        {t('copy.download')}
      </button>
      <p className="ledger-copy-status" role="status">
        {said}
      </p>
    </div>
  );
}
