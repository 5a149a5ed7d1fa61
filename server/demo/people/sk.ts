/**
 * S.K.: mid-forties, anxiety and low mood, long-term pain, caring for her teenage son. Six months
 * on the caseload: About Me twice, her values, a goal about a craft group, monthly check-ins,
 * Citizens Advice for council tax arrears, a pain course, and, lately, volunteering.
 */
import type { DemoPerson, Timeline } from '../story';
import { checkIn, Story } from '../story';

const COACH = 'Priya';

export function sk(t: Timeline): DemoPerson {
  const d = (day: number, hhmm: string) => t.at(day, hhmm);
  const w = (day: number, hhmm: string) => t.workday(day, hhmm);
  const s = new Story(t);

  const aboutMe = {
    enjoy:
      'Knitting and crochet. Watching baking programmes with my son. Walking the dog when my back lets me.',
    goodAt:
      "I'm patient. I'm good with children and I'm organised. I kept the kitchen running at the school for years.",
    proudOf: 'My son. And that I keep going on the bad days.',
    healthEffects:
      'I have anxiety and depression and I get pain in my back and hips (fibromyalgia). Some mornings I can hardly get going. Busy places make my anxiety worse.',
    previousWork:
      'School kitchen assistant for 9 years, then a bit of shop work. I stopped when the pain got bad and my son needed me at home more.',
    supportNeeded:
      'Help with the council tax letters, they scare me. Something to get me out of the house that is not too much.',
    coachShouldKnow:
      'My son is autistic and some weeks I have to go into school a lot. If I cancel it is usually because of that.',
  } as const;

  s.claimant(d(-178, '10:42'), 'aboutMe', 'aboutMe1', {
    ...aboutMe,
    status: 'done',
    completedAt: t.iso(-178, '10:40'),
    sharing: 'shared',
  })
    .coach(w(-175, '09:00'), 'appointment', 'appt1', {
      at: t.workdayIso(-171, '10:30'),
      how: 'inPerson',
      place: 'Riverside Jobcentre, 2nd floor',
      withWhom: `${COACH}, your work coach`,
      prepare: 'Nothing to bring. We can look at your About Me together.',
      adjustments: [],
      status: 'booked',
      source: 'coach',
    })
    .coach(w(-175, '09:05'), 'journalEntry', 'j1', {
      author: 'coach',
      text: `Hello, it was good to speak on the phone. I've booked us in for 10:30 on the day we talked about. Thank you for filling in About Me already, it really helps. ${COACH}`,
    })
    .claimant(d(-172, '20:15'), 'appointment', 'appt1', {
      adjustments: ['A quiet room, please', 'I may need to stand up and walk about'],
    })
    .coach(w(-171, '11:40'), 'action', 'a-cab', {
      text: 'Ring Citizens Advice about the council tax letters',
      barrierAreas: ['money'],
      type: 'moneyHousing',
      owner: 'me',
      referralProvider: 'Citizens Advice Riverside',
      proposedBy: 'coach',
      requirement: 'voluntary',
      due: t.date(-157),
      status: 'toDo',
    })
    .coach(w(-171, '11:45'), 'journalEntry', 'j2', {
      author: 'coach',
      text: "Thanks for coming in today. As we agreed, you'll ask your GP about the pain clinic, and I've added Citizens Advice to your actions. No rush with the rest.",
    })
    .claimant(d(-167, '19:30'), 'action', 'a-gp', {
      text: 'Ask my GP about the waiting list for the pain clinic',
      barrierAreas: ['physicalHealth'],
      type: 'health',
      owner: 'me',
      proposedBy: 'claimant',
      due: t.date(-160),
      status: 'toDo',
      sharing: 'shared',
    })
    .claimant(
      d(-166, '21:10'),
      'checkIn',
      'c1',
      checkIn(
        d(-166, '21:10'),
        {
          physicalHealth: 3,
          mentalHealth: 3,
          confidence: 2,
          skills: 5,
          suitableWork: 3,
          caring: 4,
          money: [2, 'The council tax letters keep coming'],
          housing: 7,
          transport: 6,
          digital: 'skip',
        },
        { wantToWork: 'someExtent', feelAboutWork: 'mightInFuture', feelingToday: 'A bit wobbly' },
      ),
    )
    .claimant(d(-164, '12:20'), 'values', 'values', {
      chosen: [
        { id: 'family', why: 'My son and my sister keep me going.' },
        {
          id: 'calm',
          why: 'When things are calm at home I cope better with everything else.',
        },
        {
          id: 'kindness',
          why: 'I like looking out for people, I always have.',
          next: "Maybe helping out somewhere one day, when I'm up to it.",
        },
      ],
      status: 'done',
      completedAt: t.iso(-164, '12:18'),
      sharing: 'shared',
    })
    .claimant(d(-163, '10:05'), 'action', 'a-gp', { status: 'inProgress' })
    .claimant(d(-160, '18:45'), 'journalEntry', 'j3', {
      author: 'claimant',
      text: "I rang the GP. They've referred me to the pain clinic but the wait is about 4 months. I rang Citizens Advice too and I've got an appointment next Wednesday.",
    })
    .claimant(d(-160, '18:47'), 'action', 'a-gp', { status: 'done' })
    .claimant(d(-160, '18:48'), 'action', 'a-cab', { status: 'inProgress' })
    .coach(w(-157, '09:15'), 'journalEntry', 'j4', {
      author: 'coach',
      text: "That's really good news, well done for making both calls. I know they're not easy.",
    })
    .coach(w(-150, '14:00'), 'appointment', 'appt2', {
      at: t.workdayIso(-143, '10:30'),
      how: 'phone',
      place: '',
      withWhom: COACH,
      prepare:
        "I'll ring you on the number you gave us. If it's not a good day, send me a message and we'll move it.",
      adjustments: [],
      status: 'booked',
      source: 'coach',
    })
    .claimant(d(-147, '22:05'), 'fourSteps', 'goal', {
      goal: 'Go to the Thursday craft group at the library',
      bestOutcome: 'Doing something just for me, and maybe making a friend.',
      obstacle: "I worry people will look at me and I'll panic and have to leave.",
      ifThen: {
        if: 'I start to panic at the door',
        then: 'I will do my breathing for one minute and text my sister',
      },
      barrierAreas: ['mentalHealth', 'confidence'],
      reviews: [],
      status: 'done',
      completedAt: t.iso(-147, '22:04'),
      sharing: 'shared',
    })
    .coach(w(-143, '11:00'), 'journalEntry', 'j5', {
      author: 'coach',
      text: 'Good to talk today. Your 4 Steps goal sounds great. Let me know how the craft group goes, even if it is only a few minutes.',
    })
    .claimant(
      d(-139, '20:30'),
      'checkIn',
      'c2',
      checkIn(
        d(-139, '20:30'),
        {
          physicalHealth: 3,
          mentalHealth: [4, 'A few better weeks'],
          confidence: 3,
          skills: 5,
          suitableWork: 3,
          caring: 4,
          money: 3,
          housing: 7,
          transport: 6,
          digital: 'skip',
        },
        { wantToWork: 'someExtent', feelAboutWork: 'mightInFuture' },
      ),
    )
    .claimant(d(-137, '17:10'), 'action', 'a-cab', { status: 'done' })
    .claimant(d(-137, '17:15'), 'journalEntry', 'j6', {
      author: 'claimant',
      text: 'Citizens Advice helped me set up a payment plan with the council, £20 a month. It feels like a weight off.',
    })
    .claimant(d(-133, '21:00'), 'fourSteps', 'goal', {
      reviews: [
        {
          at: t.iso(-133, '21:00'),
          outcome: 'notYet',
          learned: 'I got to the door but went home. I did text my sister though.',
        },
      ],
    })
    .coach(w(-122, '09:30'), 'appointment', 'appt3', {
      at: t.workdayIso(-115, '10:30'),
      how: 'inPerson',
      place: 'Riverside Jobcentre, 2nd floor',
      withWhom: COACH,
      prepare: 'Think about what might help with the pain on bad days. Nothing to bring.',
      adjustments: ['A quiet room, please', 'I may need to stand up and walk about'],
      status: 'booked',
      source: 'coach',
    })
    .coach(w(-115, '11:30'), 'action', 'a-course', {
      text: "Have a look at the free 'Living well with pain' course at the Riverside Wellbeing Hub",
      barrierAreas: ['physicalHealth', 'mentalHealth'],
      type: 'health',
      owner: 'me',
      referralProvider: 'Riverside Wellbeing Hub',
      proposedBy: 'coach',
      requirement: 'voluntary',
      due: t.date(-90),
      status: 'toDo',
    })
    .claimant(
      d(-111, '21:40'),
      'checkIn',
      'c3',
      checkIn(
        d(-111, '21:40'),
        {
          physicalHealth: ['ctm', 'Good days and bad days, it depends on the weather'],
          mentalHealth: 4,
          confidence: 3,
          skills: 5,
          suitableWork: 4,
          caring: 4,
          money: 5,
          housing: 7,
          transport: 6,
          digital: 4,
        },
        { wantToWork: 'someExtent', feelAboutWork: 'mightInFuture' },
      ),
    )
    .claimant(d(-109, '20:00'), 'fourSteps', 'goal', {
      reviews: [
        {
          at: t.iso(-133, '21:00'),
          outcome: 'notYet',
          learned: 'I got to the door but went home. I did text my sister though.',
        },
        {
          at: t.iso(-109, '20:00'),
          outcome: 'partly',
          learned: 'Stayed for half an hour. Nobody stared. The lady who runs it was lovely.',
        },
      ],
    })
    .claimant(d(-100, '11:25'), 'action', 'a-course', { status: 'inProgress' })
    .coach(w(-94, '15:00'), 'appointment', 'appt4', {
      at: t.workdayIso(-84, '10:30'),
      how: 'inPerson',
      place: 'Riverside Jobcentre, 2nd floor',
      withWhom: COACH,
      prepare: '',
      adjustments: ['A quiet room, please'],
      status: 'booked',
      source: 'coach',
    })
    .claimant(d(-89, '23:10'), 'journalEntry', 'j7', {
      author: 'claimant',
      text: "Sorry, it's been a hard few weeks with my son at school and I missed two of the course sessions. Can we do the next appointment on the phone?",
    })
    .claimant(
      d(-88, '09:20'),
      'checkIn',
      'c4',
      checkIn(
        d(-88, '09:20'),
        {
          physicalHealth: 3,
          mentalHealth: [3, "My son's been struggling so it's been a hard month"],
          confidence: 4,
          skills: 5,
          suitableWork: 3,
          caring: [3, 'Lots of meetings at school'],
          money: 5,
          housing: 7,
          transport: 6,
          digital: 4,
        },
        { wantToWork: 'someExtent', feelAboutWork: 'mightInFuture', feelingToday: 'Tired' },
      ),
    )
    .coach(w(-86, '09:10'), 'appointment', 'appt4', {
      how: 'phone',
      place: '',
      prepare: "I'll ring you at 10:30. Don't worry about the course, you can pick it up again.",
      status: 'changed',
    })
    .coach(w(-86, '09:12'), 'journalEntry', 'j8', {
      author: 'coach',
      text: "Of course, I've changed it to a phone call. Look after yourself and your son first.",
    })
    .claimant(d(-63, '19:00'), 'aboutMe', 'aboutMe2', {
      ...aboutMe,
      status: 'draft',
      completedAt: null,
      sharing: 'shared',
    })
    .claimant(d(-63, '19:20'), 'aboutMe', 'aboutMe2', {
      healthEffects:
        'I have anxiety and depression and pain in my back and hips (fibromyalgia). The pain course has helped me pace myself. Busy places are still hard but I can manage small groups now.',
    })
    .claimant(d(-61, '10:15'), 'aboutMe', 'aboutMe2', {
      supportNeeded:
        'Something regular outside the house, a few hours a week, with people who understand if I have a bad day.',
      proudOf:
        "My son. That I keep going on the bad days. I've been going to the craft group every week.",
    })
    .claimant(d(-61, '10:30'), 'aboutMe', 'aboutMe2', {
      status: 'done',
      completedAt: t.iso(-61, '10:30'),
    })
    .claimant(
      d(-59, '20:40'),
      'checkIn',
      'c5',
      checkIn(
        d(-59, '20:40'),
        {
          physicalHealth: 4,
          mentalHealth: 5,
          confidence: 5,
          skills: 5,
          suitableWork: 4,
          caring: 4,
          money: 6,
          housing: 7,
          transport: 6,
          digital: 5,
        },
        { wantToWork: 'greatExtent', feelAboutWork: 'mightInFuture' },
      ),
    )
    .claimant(d(-57, '21:15'), 'fourSteps', 'goal', {
      reviews: [
        {
          at: t.iso(-133, '21:00'),
          outcome: 'notYet',
          learned: 'I got to the door but went home. I did text my sister though.',
        },
        {
          at: t.iso(-109, '20:00'),
          outcome: 'partly',
          learned: 'Stayed for half an hour. Nobody stared. The lady who runs it was lovely.',
        },
        {
          at: t.iso(-57, '21:15'),
          outcome: 'wentWell',
          learned: "Four weeks in a row now. I'm making a blanket for my sister's birthday.",
        },
      ],
    })
    .coach(w(-56, '10:00'), 'appointment', 'appt5', {
      at: t.workdayIso(-49, '10:30'),
      how: 'inPerson',
      place: 'Riverside Jobcentre, 2nd floor',
      withWhom: COACH,
      prepare: 'Bring your blanket if you like, I would love to see it!',
      adjustments: ['A quiet room, please'],
      status: 'booked',
      source: 'coach',
    })
    .claimant(d(-51, '20:00'), 'appointmentPack', 'pack5', (idOf) => ({
      appointmentId: idOf('appt5'),
      ticked: ['checkIn', 'actionPlan'],
      topics: ['money', 'training'],
      talkAbout:
        'The pain course finished. I want to ask about volunteering, and whether it would change my benefit.',
      easier: ['privateRoom', 'extraTime'],
      easierOther: '',
      status: 'done',
      completedAt: t.iso(-51, '20:05'),
      sharing: 'shared',
    }))
    .coach(w(-49, '11:30'), 'action', 'a-vol', {
      text: 'Ask at the Hospice charity shop on the high street about volunteering one morning a week',
      barrierAreas: ['confidence', 'skills'],
      type: 'confidence',
      owner: 'me',
      proposedBy: 'coach',
      requirement: 'voluntary',
      due: t.date(-21),
      review: t.date(-21),
      status: 'toDo',
    })
    .claimant(d(-46, '18:30'), 'feedback', 'fb1', (idOf) => ({
      about: 'appointment',
      aboutId: idOf('appt5'),
      helpful: 5,
      listenedTo: 'yes',
      rightForMe: 'yes',
      comment: "Priya didn't rush me and she remembered about my son.",
      anonymous: false,
      status: 'sent',
      sentAt: t.iso(-46, '18:30'),
    }))
    .claimant(d(-40, '14:00'), 'action', 'a-course', { status: 'done' })
    .claimant(
      d(-31, '21:00'),
      'checkIn',
      'c6',
      checkIn(
        d(-31, '21:00'),
        {
          physicalHealth: 4,
          mentalHealth: 5,
          confidence: 5,
          skills: 5,
          suitableWork: 4,
          caring: 4,
          money: 6,
          housing: 7,
          transport: 6,
          digital: 5,
        },
        { wantToWork: 'greatExtent', feelAboutWork: 'mightInFuture' },
      ),
    )
    .coach(w(-28, '09:00'), 'appointment', 'appt6', {
      at: t.workdayIso(-21, '10:30'),
      how: 'phone',
      place: '',
      withWhom: COACH,
      prepare: "I'll ring you at 10:30.",
      adjustments: [],
      status: 'booked',
      source: 'coach',
    })
    .coach(w(-21, '11:00'), 'appointment', 'appt7', {
      at: t.workdayIso(6, '10:30'),
      how: 'inPerson',
      place: 'Riverside Jobcentre, 2nd floor',
      withWhom: COACH,
      prepare: "Tell me how you got on at the charity shop. If it didn't happen, that's fine too.",
      adjustments: ['A quiet room, please'],
      status: 'booked',
      source: 'coach',
    })
    .coach(w(-21, '11:05'), 'journalEntry', 'j9', {
      author: 'coach',
      text: "Thanks for the chat today. I've booked our next meeting at the jobcentre. Good luck with the charity shop!",
    })
    // After the coach last looked: what's new.
    .claimant(d(-9, '16:20'), 'action', 'a-vol', { status: 'inProgress' })
    .claimant(d(-5, '13:05'), 'journalEntry', 'j10', {
      author: 'claimant',
      text: "I went to the charity shop and asked. They said I can start on Tuesday mornings, 10 till 12. I'm nervous but I said yes!",
    })
    .claimant(
      d(-3, '20:50'),
      'checkIn',
      'c7',
      checkIn(
        d(-3, '20:50'),
        {
          physicalHealth: [3, 'Bad week with my hips'],
          mentalHealth: 5,
          confidence: 6,
          skills: 5,
          suitableWork: 5,
          caring: 4,
          money: 6,
          housing: 7,
          transport: 6,
          digital: 5,
        },
        { wantToWork: 'greatExtent', feelAboutWork: 'mightInFuture', feelingToday: 'Hopeful' },
      ),
    );

  return {
    label: 'S.K.',
    added: w(-182, '15:30'),
    phone: { paired: d(-178, '10:10'), lastSeen: d(-3, '20:51') },
    coachLooked: w(-20, '12:00'),
    events: s.events,
  };
}
