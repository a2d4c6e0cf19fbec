import { useEffect, useId, useRef, type ReactNode } from 'react';
import { Pictogram } from './pictograms';

interface KioskScreenProps {
  title: ReactNode;
  /** Shown above the title, inside the heading ("Question 2 sur 5"). */
  kicker?: string;
  /** Given to the title's text, so that a group can be named by it. */
  titleId?: string;
  pictogram: Parameters<typeof Pictogram>[0]['name'];
  children: ReactNode;
}

/**
 * One screen of the kiosk: a pictogram and one heading, which takes the focus when the screen
 * appears, so that a screen reader starts reading the new screen from its question.
 */
export function KioskScreen({ title, kicker, titleId, pictogram, children }: KioskScreenProps) {
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="kiosk-screen" aria-labelledby={id}>
      <Pictogram name={pictogram} />
      <h1 id={id} ref={heading} tabIndex={-1}>
        {kicker && <span className="kiosk-progress">{kicker}</span>}
        <span id={titleId}>{title}</span>
      </h1>
      {children}
    </section>
  );
}
