/** "Need help now?" in the console: the same crisis contacts the claimant app shows. */
import NeedHelpPage from '../../features/help/NeedHelpPage';

export function CoachHelpPage() {
  return <NeedHelpPage />;
}
