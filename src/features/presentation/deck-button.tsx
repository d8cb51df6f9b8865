import type { MouseEvent, ReactNode } from 'react';

/** A button that does not keep the focus after a mouse click (so Space stays "next slide"). */
export function DeckButton({
  onPress,
  children,
  ...rest
}: {
  onPress: () => void;
  children: ReactNode;
  disabled?: boolean;
  'aria-label'?: string;
  'aria-pressed'?: boolean;
  'aria-haspopup'?: 'dialog';
}) {
  const onClick = (e: MouseEvent<HTMLButtonElement>) => {
    onPress();
    if (e.detail > 0) e.currentTarget.blur();
  };
  return (
    <button type="button" className="deck-button" onClick={onClick} {...rest}>
      {children}
    </button>
  );
}
