/** "Print or save as PDF": opens the browser's print dialog; the print stylesheet hides chrome. */
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui';

export function PrintButton() {
  const { t } = useTranslation();
  return (
    <p data-print="hide">
      <Button variant="secondary" onPress={() => window.print()}>
        {t('workbook.print')}
      </Button>
    </p>
  );
}
