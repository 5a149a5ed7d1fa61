/**
 * UiExamples: one example of every component in the kit, for the axe browser test and for
 * eyeballing the styles. TEST FIXTURE CONTENT: the English below is example text, the only
 * place in src/ui where literal copy is allowed; real screens pass translated strings.
 */
import { useState } from 'react';
import { Button } from './Button';
import { ButtonGroup } from './ButtonGroup';
import { Callout } from './Callout';
import { Checkbox, CheckboxGroup } from './CheckboxGroup';
import { Dialog } from './Dialog';
import { ErrorSummary } from './ErrorSummary';
import { Link } from './Link';
import { NotificationProvider, NotificationRegion, useNotify } from './NotificationRegion';
import { PageHeading } from './PageHeading';
import { Panel } from './Panel';
import { Radio, RadioGroup } from './RadioGroup';
import { ScoreChoice, type ScoreValue } from './ScoreChoice';
import { StatusBar } from './StatusBar';
import { SummaryList } from './SummaryList';
import { Tag } from './Tag';
import { TaskList } from './TaskList';
import { TextArea } from './TextArea';
import { TextField } from './TextField';

const anchors = {
  1: 'It stops me completely',
  4: 'It gets in the way a lot',
  7: 'It gets in the way a little',
  10: "It doesn't hold me back",
};

function NotifyButtons() {
  const { notify } = useNotify();
  return (
    <ButtonGroup>
      <Button
        variant="secondary"
        onPress={() => notify('Saved on this phone', { tone: 'success' })}
      >
        Show a message
      </Button>
      <Button
        variant="secondary"
        onPress={() => notify('Could not save. Try again.', { tone: 'error', assertive: true })}
      >
        Show an error
      </Button>
    </ButtonGroup>
  );
}

export function UiExamples() {
  const [score, setScore] = useState<ScoreValue>(null);
  const [showErrors, setShowErrors] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const errors = showErrors
    ? [
        { fieldId: 'example-name', message: 'Enter your name or a nickname' },
        { fieldId: 'example-feel', message: 'Choose how you feel about work' },
      ]
    : [];

  return (
    <NotificationProvider>
      <div className="container">
        <StatusBar
          label="Connection and saving"
          items={[
            { id: 'net', label: 'Offline', tone: 'warning' },
            { id: 'save', label: 'Saved on this phone', tone: 'success' },
          ]}
        />
        <Link href="#examples" variant="back">
          Back
        </Link>
        <main id="examples">
          <PageHeading caption="Component kit">Examples</PageHeading>
          <NotificationRegion dismissLabel="Dismiss message" />
          <ErrorSummary title="There is a problem" errors={errors} />

          <TextField
            id="example-name"
            label="What should we call you?"
            hint="Your name or a nickname"
            autoComplete="nickname"
            errorMessage={showErrors ? errors[0]?.message : undefined}
          />
          <TextField
            label="Pairing code"
            hint="8 letters and numbers"
            autoComplete="one-time-code"
            size="medium"
          />
          <TextArea
            label="What are you proud of?"
            hint="Anything counts, big or small"
            limit={{
              max: 200,
              message: (n) =>
                n >= 0
                  ? `You have ${n} characters remaining`
                  : `You have ${-n} characters too many`,
            }}
          />
          <RadioGroup
            id="example-feel"
            label="How do you feel about work now?"
            errorMessage={showErrors ? errors[1]?.message : undefined}
          >
            <Radio value="rulesOut">My health rules it out for now</Radio>
            <Radio value="future" hint="For example, if my health improves">
              I might work in future
            </Radio>
            <Radio value="now">I could work now with the right job or support</Radio>
          </RadioGroup>
          <CheckboxGroup label="Which areas does this help with?" hint="Choose all that apply">
            <Checkbox value="confidence">Confidence</Checkbox>
            <Checkbox value="money" hint="Including debt and benefits">
              Money
            </Checkbox>
          </CheckboxGroup>
          <ScoreChoice
            label="How much does your physical health hold you back?"
            hint="1 means it stops you completely, 10 means it does not hold you back"
            anchors={anchors}
            extraOptions={[{ value: 'varies', label: 'It changes too much to say' }]}
            dividerLabel="or"
            value={score}
            onChange={setScore}
          />

          <ButtonGroup>
            <Button onPress={() => setShowErrors(true)}>Save and continue</Button>
            <Button variant="secondary" onPress={() => setShowErrors(false)}>
              Clear errors
            </Button>
            <Button variant="link">Save and come back later</Button>
            <Button isPending pendingLabel="Saving">
              Save
            </Button>
          </ButtonGroup>
          <NotifyButtons />

          <Button variant="warning" onPress={() => setConfirming(true)}>
            Delete my data
          </Button>
          <Dialog
            title="Delete everything on this phone?"
            role="alertdialog"
            isOpen={confirming}
            onOpenChange={setConfirming}
          >
            {(close) => (
              <>
                <p>This cannot be undone.</p>
                <ButtonGroup>
                  <Button variant="warning" onPress={close}>
                    Delete
                  </Button>
                  <Button variant="secondary" onPress={close}>
                    Keep my data
                  </Button>
                </ButtonGroup>
              </>
            )}
          </Dialog>

          <h2>Your tasks</h2>
          <TaskList
            items={[
              {
                id: 'about-me',
                title: 'About me',
                href: '#about-me',
                status: { label: 'In progress', tone: 'inProgress' },
              },
              {
                id: 'values',
                title: 'My values',
                href: '#values',
                hint: 'Optional',
                status: { label: 'Not started', tone: 'notStarted' },
              },
              {
                id: 'steps',
                title: 'My 4 steps',
                href: '#steps',
                status: { label: 'Done', tone: 'done' },
              },
            ]}
          />
          <p>
            <Tag tone="warning">Agreed requirement</Tag> <Tag>Voluntary</Tag>
          </p>

          <h2>Check your answers</h2>
          <SummaryList
            rows={[
              {
                key: 'goal',
                label: 'Your goal',
                value: 'Phone a friend when I feel anxious about going out',
                action: { href: '#goal', label: 'Change', hiddenLabel: 'your goal' },
              },
              { key: 'when', label: 'When', value: 'This week' },
            ]}
          />
          <Callout>Only you can see this until you choose to share it.</Callout>
          <Callout variant="warning" assistiveLabel="Warning">
            Deleting cannot be undone.
          </Callout>
          <Panel title="Check-in saved" headingLevel={2}>
            You can see it in your history.
          </Panel>
          <p>
            Read more in{' '}
            <Link href="#help" inline>
              the help pages
            </Link>
            .
          </p>
          <Link href="#start" variant="button">
            Start now
          </Link>
        </main>
      </div>
    </NotificationProvider>
  );
}
