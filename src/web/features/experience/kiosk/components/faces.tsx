import type { FaceValue } from '../lib/kiosk-flow';

// The 4-face scale, from very sad (1) to very happy (4). Each face always comes with its text
// label: the colour and the drawing only help, they never carry the meaning alone.

const FILL: Record<FaceValue, string> = {
  1: '#f2a7a0',
  2: '#f7cf9a',
  3: '#c9e7b1',
  4: '#9ed99a',
};

const MOUTH: Record<FaceValue, string> = {
  1: 'M30 74 Q50 54 70 74',
  2: 'M33 70 Q50 63 67 70',
  3: 'M33 64 Q50 74 67 64',
  4: 'M28 58 Q50 88 72 58 Z',
};

export function FaceIcon({ value, size = 96 }: { value: FaceValue; size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 100 100" aria-hidden="true" focusable="false">
      <circle cx="50" cy="50" r="45" fill={FILL[value]} stroke="#1b1b1b" strokeWidth="4" />
      {value === 1 && (
        <path
          d="M26 36 L42 29 M74 36 L58 29"
          stroke="#1b1b1b"
          strokeWidth="4"
          strokeLinecap="round"
        />
      )}
      <circle cx="36" cy="44" r="5.5" fill="#1b1b1b" />
      <circle cx="64" cy="44" r="5.5" fill="#1b1b1b" />
      <path
        d={MOUTH[value]}
        fill={value === 4 ? '#1b1b1b' : 'none'}
        stroke="#1b1b1b"
        strokeWidth="5"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
