import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';
import { MAIN_ID } from './skip-link';

/**
 * After a client-side navigation, moves focus to the new page's <h1> (or <main>) so that screen
 * reader users hear where they are, as they would after a full page load. The first render is
 * left alone, so that the skip link stays the first Tab stop of a freshly loaded page.
 */
export function useRouteFocus() {
  const { pathname } = useLocation();
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    // No cleanup: under StrictMode the effect re-runs at once and must not cancel this frame.
    requestAnimationFrame(() => {
      const main = document.getElementById(MAIN_ID);
      const heading = main?.querySelector<HTMLElement>('h1[data-page-title]');
      (heading ?? main)?.focus();
      window.scrollTo({ top: 0 });
    });
  }, [pathname]);
}
