/**
 * Put the chosen values in order with Move up / Move down buttons (no dragging). After a move,
 * focus stays on the button that was pressed (or its partner when the value reached the top or
 * bottom), and a polite status says the value's new place: "Family is now number 1 of 4."
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui';
import type { CustomStepProps } from '../workbook/flow';
import { moveItem, valueName, type ChosenValue } from './valueList';
import './values.css';

const buttonId = (id: string, direction: 'up' | 'down') => `move-${direction}-${id}`;

export function OrderValues({ record, saver, hint }: CustomStepProps<'values'>) {
  const { t } = useTranslation();
  const [order, setOrder] = useState<ChosenValue[]>(() => record.chosen ?? []);
  const [announcement, setAnnouncement] = useState('');
  const [focus, setFocus] = useState<{ id: string; direction: 'up' | 'down' } | undefined>();

  useEffect(() => {
    if (!focus) return;
    const wanted = document.getElementById(buttonId(focus.id, focus.direction));
    const other = document.getElementById(
      buttonId(focus.id, focus.direction === 'up' ? 'down' : 'up'),
    );
    (wanted ?? other)?.focus();
  }, [focus, order]);

  const move = (index: number, direction: -1 | 1) => {
    const moved = moveItem(order, index, direction);
    const value = moved.items[moved.index];
    if (!value || moved.index === index) return;
    setOrder(moved.items);
    saver.update({ chosen: moved.items });
    setFocus({ id: value.id, direction: direction === -1 ? 'up' : 'down' });
    setAnnouncement(
      t('values.order.moved', {
        value: valueName(t, value),
        position: moved.index + 1,
        total: moved.items.length,
      }),
    );
  };

  if (order.length === 0) return <p>{t('values.order.none')}</p>;

  return (
    <>
      {hint ? <p>{hint}</p> : null}
      <ol className="value-order">
        {order.map((value, index) => {
          const name = valueName(t, value);
          return (
            <li key={value.id} className="value-order__item">
              <span className="value-order__name">
                <span className="value-order__position">
                  {t('values.order.position', { position: index + 1 })}
                </span>{' '}
                {name}
              </span>
              <span className="value-order__buttons">
                {index > 0 ? (
                  <Button
                    id={buttonId(value.id, 'up')}
                    variant="secondary"
                    onPress={() => move(index, -1)}
                  >
                    {t('values.order.moveUp')}
                    <span className="visually-hidden">: {name}</span>
                  </Button>
                ) : null}
                {index < order.length - 1 ? (
                  <Button
                    id={buttonId(value.id, 'down')}
                    variant="secondary"
                    onPress={() => move(index, 1)}
                  >
                    {t('values.order.moveDown')}
                    <span className="visually-hidden">: {name}</span>
                  </Button>
                ) : null}
              </span>
            </li>
          );
        })}
      </ol>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </>
  );
}
