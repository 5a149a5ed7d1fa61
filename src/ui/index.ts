/**
 * Waymark's accessible component kit. Each component imports its own CSS; every entry point
 * imports `ui/styles/tokens.css` then `ui/styles/base.css` once, before any component (as
 * src/app/main.tsx does). Components take every visible string as a prop: the app passes
 * translated text.
 */

export { Button, type ButtonProps, type ButtonVariant } from './Button';
export { ButtonGroup, type ButtonGroupProps } from './ButtonGroup';
export { Callout, type CalloutProps } from './Callout';
export {
  Checkbox,
  CheckboxGroup,
  type CheckboxGroupProps,
  type CheckboxProps,
} from './CheckboxGroup';
export { ConfirmDialog, type ConfirmDialogProps } from './ConfirmDialog';
export { Dialog, type DialogProps } from './Dialog';
export {
  ErrorSummary,
  focusField,
  type ErrorSummaryProps,
  type FieldErrorItem,
} from './ErrorSummary';
export { Link, type LinkProps, type LinkVariant } from './Link';
export {
  NotificationProvider,
  NotificationRegion,
  useNotify,
  type NotificationRegionProps,
  type NotificationTone,
  type Notifier,
  type NotifyOptions,
} from './NotificationRegion';
export { PageHeading, type PageHeadingProps } from './PageHeading';
export { Panel, type PanelProps } from './Panel';
export { Radio, RadioGroup, type RadioGroupProps, type RadioProps } from './RadioGroup';
export {
  ScoreChoice,
  SCORES,
  type ScoreChoiceProps,
  type ScoreExtraOption,
  type ScoreValue,
} from './ScoreChoice';
export { StatusBar, type StatusBarProps, type StatusItem, type StatusTone } from './StatusBar';
export {
  SummaryList,
  type SummaryAction,
  type SummaryListProps,
  type SummaryRow,
} from './SummaryList';
export { Tag, type TagProps, type TagTone } from './Tag';
export { TaskList, type TaskListItem, type TaskListProps, type TaskStatusTone } from './TaskList';
export { TextArea, type CharacterLimit, type TextAreaProps } from './TextArea';
export { TextField, type TextFieldProps } from './TextField';

/** In-app navigation for the kit's links: the app provides its router's `push`. */
export { ClientNavigationContext, type ClientNavigate } from './clientNavigation';
