import { vi } from '../i18n/vi';
import { ModalDialog } from '../ui/ModalDialog';

const t = vi.shell.about;

/** "Giới thiệu Tòa Soạn": opened from the version in the status bar; credits the spellchecker's data and its licences. */
export function AboutDialog({ onClose }: { onClose: () => void }) {
  return (
    <ModalDialog title={t.title} onClose={onClose} testId="about-dialog">
      <p>{t.lead}</p>
      <h3>{t.creditsTitle}</h3>
      <ul data-testid="about-credits">
        {t.credits.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <div className="modal-buttons">
        <button type="button" onClick={onClose}>
          {t.close}
        </button>
      </div>
    </ModalDialog>
  );
}
