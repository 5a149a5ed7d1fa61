/**
 * J.E.: early twenties, epilepsy; had to leave his electrician apprenticeship after a seizure on
 * site, cannot drive, and worries about having a seizure when he is out on his own. Three months
 * on the caseload: his mum came to the first meeting, a free bus pass, a goal about getting the
 * bus into town alone, Epilepsy Action's online group, and an IT support course that has just
 * started. The coach looked at the journal yesterday, so nothing is new.
 */
import type { DemoPerson, Timeline } from '../story';
import { checkIn, Story } from '../story';

const COACH = 'Priya';

export function je(t: Timeline): DemoPerson {
  const d = (day: number, hhmm: string) => t.at(day, hhmm);
  const w = (day: number, hhmm: string) => t.workday(day, hhmm);
  const s = new Story(t);

  s.claimant(d(-96, '17:10'), 'aboutMe', 'aboutMe1', {
    enjoy:
      'Building and fixing computers. Gaming online with my mates. Making beats on my laptop. The gym, when my tablets let me.',
    goodAt:
      "Computers. I built my own PC and I fix everyone's laptops. Maths. Working out why something doesn't work.",
    proudOf:
      'I got my Level 2 in electrical installation before I had to stop. And I help my little sister with her homework.',
    healthEffects:
      "I've got epilepsy. I have seizures about once a month, sometimes in my sleep. The tablets make me tired and foggy and my memory isn't great. I can't drive. I get anxious about having a seizure when I'm out on my own.",
    previousWork:
      'Apprentice electrician for a year and a half. I had a seizure on site and they said it was not safe to carry on, with the ladders and live wires. Before that, a Saturday job in a phone shop.',
    supportNeeded:
      'Working out what I can do now. Something with computers maybe. Reminders by text, because I forget things.',
    coachShouldKnow:
      "If I miss an appointment it might be because I had a seizure the night before. I'll message when I can.",
    status: 'done',
    completedAt: t.iso(-96, '17:05'),
    sharing: 'shared',
  })
    .coach(w(-95, '09:30'), 'appointment', 'appt1', {
      at: t.workdayIso(-90, '13:00'),
      how: 'inPerson',
      place: 'Riverside Jobcentre, 2nd floor',
      withWhom: `${COACH}, your work coach`,
      prepare:
        'You are welcome to bring someone with you. We will only talk about what you want to talk about.',
      adjustments: [],
      status: 'booked',
      source: 'coach',
    })
    .coach(w(-95, '09:35'), 'journalEntry', 'j1', {
      author: 'coach',
      text: "Hi, I'm Priya, your work coach. Thanks for your About Me. I'll text you the day before we meet.",
    })
    .claimant(
      d(-93, '21:00'),
      'checkIn',
      'c1',
      checkIn(
        d(-93, '21:00'),
        {
          physicalHealth: ['ctm', "Depends if I've had a seizure that week"],
          mentalHealth: 3,
          confidence: [2, 'Since I lost the apprenticeship'],
          skills: 4,
          suitableWork: 2,
          caring: 'skip',
          money: 4,
          housing: 7,
          transport: [1, "Can't drive, and I don't like buses on my own"],
          digital: 9,
        },
        { wantToWork: 'greatExtent', feelAboutWork: 'mightInFuture' },
      ),
    )
    .claimant(d(-92, '21:20'), 'appointmentPack', 'pack1', (idOf) => ({
      appointmentId: idOf('appt1'),
      ticked: ['aboutMe', 'checkIn'],
      topics: ['healthAndWork', 'training'],
      talkAbout:
        'What jobs can I do with epilepsy? I liked being an electrician. I am good with computers.',
      easier: ['someoneWithMe'],
      easierOther: 'My mum will come with me the first time.',
      status: 'done',
      completedAt: t.iso(-92, '21:30'),
      sharing: 'shared',
    }))
    .claimant(d(-92, '21:35'), 'appointment', 'appt1', {
      adjustments: ['Text me the day before, please'],
    })
    .coach(w(-90, '14:15'), 'journalEntry', 'j2', {
      author: 'coach',
      text: 'Good to meet you and your mum today. What we agreed: 1. You will look into a free bus pass. 2. I will look at IT courses at Riverside College. 3. Epilepsy Action has groups you could try, only if you want to.',
    })
    .coach(w(-90, '14:20'), 'action', 'a-it', {
      text: 'Look at part-time IT support courses at Riverside College',
      barrierAreas: ['skills', 'suitableWork'],
      type: 'skills',
      owner: 'coach',
      referralProvider: 'Riverside College',
      proposedBy: 'coach',
      requirement: 'voluntary',
      due: t.date(-60),
      status: 'toDo',
    })
    .coach(w(-90, '14:25'), 'action', 'a-group', {
      text: 'Have a look at the Epilepsy Action group in Riverside, or their online one',
      barrierAreas: ['mentalHealth', 'confidence'],
      type: 'referral',
      owner: 'me',
      referralProvider: 'Epilepsy Action',
      proposedBy: 'coach',
      requirement: 'voluntary',
      due: t.date(-55),
      status: 'toDo',
    })
    .claimant(d(-87, '15:00'), 'action', 'a-bus', {
      text: 'Apply to the council for a free bus pass (you can get one if epilepsy means you cannot drive)',
      barrierAreas: ['transport', 'money'],
      type: 'other',
      owner: 'me',
      proposedBy: 'claimant',
      due: t.date(-70),
      status: 'toDo',
      sharing: 'shared',
    })
    .claimant(d(-86, '16:00'), 'feedback', 'fb1', (idOf) => ({
      about: 'appointment',
      aboutId: idOf('appt1'),
      helpful: 4,
      listenedTo: 'yes',
      rightForMe: 'yes',
      comment:
        'Priya talked to me, not just to my mum. Good to know I can still do something with computers.',
      anonymous: false,
      status: 'sent',
      sentAt: t.iso(-86, '16:00'),
    }))
    .claimant(d(-84, '12:00'), 'action', 'a-id', {
      text: 'Get a medical ID bracelet that says I have epilepsy',
      barrierAreas: ['physicalHealth', 'confidence'],
      type: 'health',
      owner: 'me',
      proposedBy: 'claimant',
      status: 'toDo',
      sharing: 'shared',
    })
    .claimant(d(-80, '19:00'), 'values', 'values', {
      chosen: [
        { id: 'learning', why: 'I like working out how things work.' },
        { id: 'friendship', why: 'My mates stuck by me when I got ill.' },
        {
          id: 'independence',
          why: 'I want to get about on my own again without Mum worrying.',
          next: 'Getting the bus into town on my own.',
        },
      ],
      status: 'done',
      completedAt: t.iso(-80, '18:58'),
      sharing: 'shared',
    })
    .claimant(d(-76, '13:00'), 'action', 'a-id', { status: 'done' })
    .claimant(d(-76, '13:05'), 'action', 'a-bus', { status: 'inProgress' })
    .claimant(d(-75, '20:00'), 'fourSteps', 'goal', {
      goal: 'Get the bus into town on my own and back',
      bestOutcome: 'Not needing a lift everywhere. Mum not worrying so much.',
      obstacle: "I panic that I'll have a seizure on the bus and nobody will know what to do.",
      ifThen: {
        if: 'I start worrying about a seizure on the bus',
        then: "I'll check I've got my bracelet on and share my location with Mum",
      },
      barrierAreas: ['transport', 'confidence'],
      reviews: [],
      status: 'done',
      completedAt: t.iso(-75, '19:58'),
      sharing: 'shared',
    })
    .coach(w(-70, '10:00'), 'appointment', 'appt2', {
      at: t.workdayIso(-63, '13:00'),
      how: 'video',
      place: 'A video call link will come by text',
      withWhom: COACH,
      prepare: 'We could look at the IT course together.',
      adjustments: ['Text me the day before, please'],
      status: 'booked',
      source: 'coach',
    })
    .claimant(d(-68, '11:00'), 'action', 'a-bus', { status: 'done' })
    .claimant(d(-68, '11:05'), 'journalEntry', 'j3', {
      author: 'claimant',
      text: 'Got my bus pass! It came in the post today.',
    })
    .claimant(
      d(-65, '22:00'),
      'checkIn',
      'c2',
      checkIn(
        d(-65, '22:00'),
        {
          physicalHealth: 5,
          mentalHealth: 4,
          confidence: 3,
          skills: 4,
          suitableWork: 3,
          caring: 'skip',
          money: 4,
          housing: 7,
          transport: [3, 'Got my bus pass'],
          digital: 9,
        },
        { wantToWork: 'greatExtent', feelAboutWork: 'mightInFuture' },
      ),
    )
    .coach(w(-63, '14:00'), 'action', 'a-it', { status: 'done' })
    .coach(w(-63, '14:05'), 'journalEntry', 'j4', {
      author: 'coach',
      text: 'Good to see you on the video call. The IT support course at Riverside College is two mornings a week, in a small group. Have a think, no pressure.',
    })
    .claimant(d(-58, '20:00'), 'fourSteps', 'goal', {
      reviews: [
        {
          at: t.iso(-58, '20:00'),
          outcome: 'notYet',
          learned:
            'Got on the bus but got off after two stops, my heart was going. I shared my location with Mum though.',
        },
      ],
    })
    .claimant(d(-56, '19:00'), 'action', 'a-apply', {
      text: 'Apply for the IT support course at Riverside College',
      barrierAreas: ['skills'],
      type: 'skills',
      owner: 'me',
      proposedBy: 'claimant',
      due: t.date(-40),
      status: 'toDo',
      sharing: 'shared',
    })
    .claimant(d(-50, '16:00'), 'action', 'a-group', { status: 'inProgress' })
    .claimant(d(-50, '16:05'), 'journalEntry', 'j5', {
      author: 'claimant',
      text: 'Went to the Epilepsy Action online group. Some people there have jobs and epilepsy. One guy works in IT.',
    })
    .claimant(d(-46, '18:00'), 'action', 'a-apply', { status: 'done' })
    .claimant(d(-46, '18:10'), 'fourSteps', 'goal', {
      reviews: [
        {
          at: t.iso(-58, '20:00'),
          outcome: 'notYet',
          learned:
            'Got on the bus but got off after two stops, my heart was going. I shared my location with Mum though.',
        },
        {
          at: t.iso(-46, '18:10'),
          outcome: 'wentWell',
          learned:
            'Got the bus into town on my own to hand in my college form. It went fine. Got a milkshake on the way back.',
        },
      ],
    })
    .coach(w(-42, '10:00'), 'appointment', 'appt3', {
      at: t.workdayIso(-35, '13:00'),
      how: 'inPerson',
      place: 'Riverside Jobcentre, 2nd floor',
      withWhom: COACH,
      prepare: 'Come on your own or bring your mum, whatever suits you.',
      adjustments: ['Text me the day before, please'],
      status: 'booked',
      source: 'coach',
    })
    .claimant(
      d(-39, '21:00'),
      'checkIn',
      'c3',
      checkIn(
        d(-39, '21:00'),
        {
          physicalHealth: [5, 'New tablets, fewer seizures'],
          mentalHealth: 5,
          confidence: 4,
          skills: 5,
          suitableWork: 4,
          caring: 'skip',
          money: 4,
          housing: 7,
          transport: 4,
          digital: 9,
        },
        { wantToWork: 'greatExtent', feelAboutWork: 'mightInFuture' },
      ),
    )
    .claimant(d(-38, '20:00'), 'appointmentPack', 'pack3', (idOf) => ({
      appointmentId: idOf('appt3'),
      ticked: ['checkIn', 'actionPlan'],
      topics: ['benefitClaim', 'training'],
      talkAbout:
        'I got a place on the IT course! Can I still get Universal Credit while I do it? Do I need to tell you when I start?',
      easier: ['extraTime'],
      easierOther: 'Written notes please, I forget things after.',
      status: 'done',
      completedAt: t.iso(-38, '20:10'),
      sharing: 'shared',
    }))
    .coach(w(-35, '14:00'), 'journalEntry', 'j6', {
      author: 'coach',
      text: 'What we agreed today: 1. Yes, you can do the course while you get Universal Credit. Just tell me the start date when you know it. 2. Keep going with the group if it helps. Well done on getting a place!',
    })
    .claimant(d(-25, '12:00'), 'journalEntry', 'j7', {
      author: 'claimant',
      text: "Had a seizure at the weekend so I've been wiped out. I'm OK. The course starts in two weeks.",
    })
    .coach(w(-22, '09:15'), 'journalEntry', 'j8', {
      author: 'coach',
      text: "Thanks for letting me know, and I'm glad you're OK. Rest up. There's nothing you need to do for me this week.",
    })
    .claimant(d(-12, '20:00'), 'action', 'a-group', { status: 'done' })
    .coach(w(-10, '10:00'), 'appointment', 'appt4', {
      at: t.workdayIso(5, '13:00'),
      how: 'phone',
      place: '',
      withWhom: COACH,
      prepare: "I'll ring you at 1pm. Tell me how the first week of the course went.",
      adjustments: ['Text me the day before, please'],
      status: 'booked',
      source: 'coach',
    })
    .claimant(
      d(-4, '21:30'),
      'checkIn',
      'c4',
      checkIn(
        d(-4, '21:30'),
        {
          physicalHealth: 5,
          mentalHealth: 6,
          confidence: 5,
          skills: 6,
          suitableWork: 5,
          caring: 'skip',
          money: 4,
          housing: 7,
          transport: 5,
          digital: 9,
        },
        {
          wantToWork: 'greatExtent',
          feelAboutWork: 'couldNow',
          feelingToday: 'Started the course!',
        },
      ),
    );

  return {
    label: 'J.E.',
    added: w(-98, '11:00'),
    phone: { paired: d(-96, '16:30'), lastSeen: d(-1, '20:15') },
    coachLooked: w(-1, '11:00'),
    events: s.events,
  };
}
