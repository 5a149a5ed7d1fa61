/**
 * The feedback pages, one lazy module (see routes.ts): the start page, one feedback (its
 * questions while a draft, what was sent after), and the thank-you page.
 */
import { FeedbackStartPage } from './FeedbackStartPage';
import { FeedbackFormPage } from './FeedbackFormPage';
import { FeedbackSentPage } from './FeedbackSentPage';
import './feedback.css';

export default function FeedbackPages({
  view,
  id,
}: {
  view: 'start' | 'form' | 'sent';
  id?: string;
}) {
  if (view === 'start' || !id) return <FeedbackStartPage />;
  return view === 'sent' ? <FeedbackSentPage id={id} /> : <FeedbackFormPage id={id} />;
}
