import type { KioskQuestion } from '../../../../../shared/schemas/experience/kiosk';

// Pictograms of the kiosk's screens (decorative: the text beside them says the same thing).

const stroke = {
  fill: 'none',
  stroke: '#0b3d4f',
  strokeWidth: 4,
  strokeLinecap: 'round',
  strokeLinejoin: 'round',
} as const;

const DRAWINGS: Record<KioskQuestion | 'welcome' | 'thanks' | 'comment', React.ReactNode> = {
  // A house with a heart: how things are, here.
  global: (
    <>
      <path {...stroke} d="M14 46 L48 16 L82 46 M22 40 V80 H74 V40" />
      <path
        d="M48 72 C30 60 34 46 42 46 C46 46 48 50 48 50 C48 50 50 46 54 46 C62 46 66 60 48 72 Z"
        fill="#c0392b"
      />
    </>
  ),
  // An open door.
  accueil: (
    <>
      <path {...stroke} d="M22 84 V14 H70 V84 M14 84 H82" />
      <path {...stroke} d="M22 14 L50 22 V90 L22 84" fill="#d6eaf2" />
      <circle cx="43" cy="54" r="3.5" fill="#0b3d4f" />
    </>
  ),
  // Two people side by side.
  relations: (
    <>
      <circle {...stroke} cx="32" cy="30" r="11" />
      <circle {...stroke} cx="64" cy="30" r="11" />
      <path {...stroke} d="M12 80 C12 58 52 58 52 80 M44 80 C44 58 84 58 84 80" />
    </>
  ),
  // A plate between a fork and a knife.
  repas: (
    <>
      <circle {...stroke} cx="48" cy="50" r="24" />
      <circle {...stroke} cx="48" cy="50" r="14" />
      <path {...stroke} d="M12 22 V40 M18 22 V40 M6 22 V40 M6 40 H18 M12 40 V82" />
      <path {...stroke} d="M86 82 V22 C78 30 78 44 86 48" />
    </>
  ),
  // A bed.
  chambre: (
    <>
      <path {...stroke} d="M10 30 V80 M10 66 H86 V80 M10 56 H86 V66" />
      <path {...stroke} d="M40 56 V44 C40 40 44 38 48 38 H78 C84 38 86 42 86 48 V56" />
      <rect {...stroke} x="16" y="42" width="18" height="12" rx="5" />
    </>
  ),
  // A speech bubble.
  welcome: (
    <>
      <path
        {...stroke}
        d="M14 18 H82 C86 18 88 20 88 24 V60 C88 64 86 66 82 66 H44 L26 82 V66 H14 C10 66 8 64 8 60 V24 C8 20 10 18 14 18 Z"
        fill="#d6eaf2"
      />
      <circle cx="32" cy="42" r="4.5" fill="#0b3d4f" />
      <circle cx="48" cy="42" r="4.5" fill="#0b3d4f" />
      <circle cx="64" cy="42" r="4.5" fill="#0b3d4f" />
    </>
  ),
  // A pencil.
  comment: (
    <>
      <path {...stroke} d="M20 76 L26 56 L66 16 L80 30 L40 70 Z" fill="#f7e3a1" />
      <path {...stroke} d="M58 24 L72 38 M20 76 L40 70 M12 86 H84" />
    </>
  ),
  // A tick in a circle.
  thanks: (
    <>
      <circle cx="48" cy="48" r="40" fill="#1e6b2e" />
      <path
        d="M28 50 L42 64 L68 34"
        fill="none"
        stroke="#ffffff"
        strokeWidth="8"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </>
  ),
};

export function Pictogram({ name, size = 112 }: { name: keyof typeof DRAWINGS; size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 96 96" aria-hidden="true" focusable="false">
      {DRAWINGS[name]}
    </svg>
  );
}
