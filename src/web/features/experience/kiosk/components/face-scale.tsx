import { useTranslation } from 'react-i18next';
import { KIOSK_SCALE } from '../../../../../shared/schemas/experience/kiosk';
import type { FaceValue } from '../lib/kiosk-flow';
import { FaceIcon } from './faces';

interface FaceScaleProps {
  name: string;
  /** The id of the question's text (the group's name). */
  labelledBy: string;
  value: FaceValue | undefined;
  onChange: (value: FaceValue) => void;
}

/** The four faces as large radio buttons (arrow keys move the choice, like any radio group). */
export function FaceScale({ name, labelledBy, value, onChange }: FaceScaleProps) {
  const { t } = useTranslation();
  return (
    <div role="radiogroup" aria-labelledby={labelledBy} className="kiosk-faces">
      {KIOSK_SCALE.map((face) => {
        const checked = value === face;
        return (
          <label key={face} className={checked ? 'kiosk-face is-checked' : 'kiosk-face'}>
            <input
              type="radio"
              name={name}
              value={face}
              checked={checked}
              onChange={() => onChange(face)}
            />
            <FaceIcon value={face} />
            <span>{t(`experience.kiosk.app.scale.${face}`)}</span>
            {checked && (
              <svg
                className="kiosk-face-check"
                width="36"
                height="36"
                viewBox="0 0 36 36"
                aria-hidden="true"
                focusable="false"
              >
                <circle cx="18" cy="18" r="17" fill="#0b3d91" />
                <path
                  d="M10 18 L16 24 L27 12"
                  fill="none"
                  stroke="#ffffff"
                  strokeWidth="4"
                  strokeLinecap="round"
                  strokeLinejoin="round"
                />
              </svg>
            )}
          </label>
        );
      })}
    </div>
  );
}
