import { useTranslation } from 'react-i18next';
import type { TooLargeToAlign } from '../../core/view/too-large';

/** Why a pair was not compared (too many sentences to align) and what to do; the caller wraps it as an alert. */
export function TooLargeText({ tooLarge }: { tooLarge: TooLargeToAlign }) {
  const { t } = useTranslation();
  const { code, cn, us, limit } = tooLarge;
  return (
    <>
      {t(`tooLarge.${code}`, { cn, us, limit })} {t('tooLarge.whatToDo')}
    </>
  );
}
