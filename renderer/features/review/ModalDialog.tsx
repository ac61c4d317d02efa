/** The shared modal lives in renderer/ui; this path stays for the review pane's imports. */
export { ModalDialog } from '../../ui/ModalDialog';
