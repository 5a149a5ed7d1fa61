/**
 * D.O.: late fifties, a lorry driver for thirty years until a heart attack; type 2 diabetes and
 * low mood. Five months on the caseload: computer sessions (an agreed requirement), a CV, the
 * National Careers Service, an energy bill action that was dropped, and a question for his
 * cardiac nurse about driving again.
 */
import type { DemoPerson, Timeline } from '../story';
import { checkIn, Story } from '../story';

const COACH = 'Priya';

export function dO(t: Timeline): DemoPerson {
  const d = (day: number, hhmm: string) => t.at(day, hhmm);
  const w = (day: number, hhmm: string) => t.workday(day, hhmm);
  const s = new Story(t);

  const aboutMe = {
    enjoy: 'Fishing. Football on the telly. Fixing things in the shed. My grandkids.',
    goodAt:
      "Driving. I did 30 years without an accident. I'm reliable and good with people once I know them.",
    proudOf: 'Bringing up my two girls. Hardly missed a shift in 30 years.',
    healthEffects:
      "I had a heart attack last year and I've got type 2 diabetes. I get tired and out of breath on stairs. I lost my HGV licence because of my heart and that has hit me hard.",
    previousWork:
      'HGV class 1 driver for 30 years, mostly nights for a supermarket depot. Before that a warehouse.',
    supportNeeded:
      "Computers. I've never needed one for work. I don't know where to start with a CV.",
    coachShouldKnow: "I'm not great with long letters. Phone calls are easier for me.",
  } as const;

  s.claimant(d(-148, '19:05'), 'aboutMe', 'aboutMe1', {
    ...aboutMe,
    status: 'done',
    completedAt: t.iso(-148, '19:00'),
    sharing: 'shared',
  })
    .coach(w(-147, '10:00'), 'appointment', 'appt1', {
      at: t.workdayIso(-143, '14:00'),
      how: 'inPerson',
      place: 'Riverside Jobcentre, 2nd floor',
      withWhom: `${COACH}, your work coach`,
      prepare: 'Bring your letters from the cardiac nurse if you have them.',
      adjustments: [],
      status: 'booked',
      source: 'coach',
    })
    .claimant(
      d(-145, '18:30'),
      'checkIn',
      'c1',
      checkIn(
        d(-145, '18:30'),
        {
          physicalHealth: 4,
          mentalHealth: 4,
          confidence: 3,
          skills: 4,
          suitableWork: [2, "I don't know what I can do if I can't drive"],
          caring: 'skip',
          money: 4,
          housing: 8,
          transport: [5, 'No car now'],
          digital: [1, 'Never used one'],
        },
        { wantToWork: 'greatExtent', feelAboutWork: 'mightInFuture' },
      ),
    )
    .coach(w(-143, '15:00'), 'action', 'a-digital', {
      text: 'Go to the free computer basics sessions at Riverside Library, Tuesdays 10 till 12, for four weeks',
      barrierAreas: ['digital', 'skills'],
      type: 'skills',
      owner: 'me',
      referralProvider: 'Riverside Library Digital Help',
      proposedBy: 'coach',
      requirement: 'agreedRequirement',
      due: t.date(-115),
      review: t.date(-115),
      status: 'toDo',
    })
    .coach(w(-143, '15:05'), 'journalEntry', 'j1', {
      author: 'coach',
      text: "Good to meet you today. As we agreed, the computer sessions are now part of your Claimant Commitment. If you can't make one, just let me know and we'll sort it out.",
    })
    .claimant(d(-140, '09:30'), 'action', 'a-rehab', {
      text: 'Keep going to cardiac rehab on Mondays and Thursdays',
      barrierAreas: ['physicalHealth'],
      type: 'health',
      owner: 'me',
      proposedBy: 'claimant',
      status: 'inProgress',
      sharing: 'shared',
    })
    .claimant(d(-139, '13:00'), 'action', 'a-digital', { status: 'inProgress' })
    .claimant(d(-135, '19:45'), 'values', 'values', {
      chosen: [
        { id: 'independence', why: "I've always stood on my own two feet." },
        { id: 'family', why: 'My grandkids. I want to be around for them.' },
        {
          id: 'helpingOthers',
          why: 'I like being useful.',
          next: 'Maybe driving for a community bus or helping at the food bank.',
        },
        { id: 'security', why: 'Knowing the bills are paid.' },
      ],
      status: 'done',
      completedAt: t.iso(-135, '19:40'),
      sharing: 'shared',
    })
    .claimant(d(-130, '20:10'), 'action', 'a-email', {
      text: 'Set up an email address with my grandson',
      barrierAreas: ['digital'],
      type: 'skills',
      owner: 'me',
      proposedBy: 'claimant',
      due: t.date(-123),
      status: 'toDo',
      sharing: 'shared',
    })
    .claimant(d(-126, '17:40'), 'action', 'a-email', { status: 'done' })
    .claimant(d(-126, '17:45'), 'journalEntry', 'j2', {
      author: 'claimant',
      text: 'My grandson set me up an email. He made me write the password in a book!',
    })
    .coach(w(-122, '11:00'), 'appointment', 'appt2', {
      at: t.workdayIso(-115, '14:00'),
      how: 'phone',
      place: '',
      withWhom: COACH,
      prepare: "I'll ring you at 2pm on your mobile.",
      adjustments: [],
      status: 'booked',
      source: 'coach',
    })
    .claimant(d(-121, '18:00'), 'fourSteps', 'goal1', {
      goal: 'Make a CV I can send by email',
      bestOutcome: 'Being able to apply for jobs without asking my daughter every time.',
      obstacle: 'I feel daft asking for help with computers and I give up.',
      ifThen: {
        if: 'I get stuck and feel daft',
        then: "I'll write the question down and take it to the Tuesday session",
      },
      barrierAreas: ['digital', 'skills'],
      reviews: [],
      status: 'done',
      completedAt: t.iso(-121, '17:58'),
      sharing: 'shared',
    })
    .claimant(
      d(-117, '18:15'),
      'checkIn',
      'c2',
      checkIn(
        d(-117, '18:15'),
        {
          physicalHealth: 5,
          mentalHealth: 5,
          confidence: 4,
          skills: 4,
          suitableWork: 3,
          caring: 'skip',
          money: 4,
          housing: 8,
          transport: 5,
          digital: 3,
        },
        { wantToWork: 'greatExtent', feelAboutWork: 'mightInFuture' },
      ),
    )
    .claimant(d(-114, '12:30'), 'action', 'a-digital', { status: 'done' })
    .claimant(d(-113, '19:00'), 'feedback', 'fb1', (idOf) => ({
      about: 'course',
      aboutId: idOf('a-digital'),
      helpful: 5,
      listenedTo: 'yes',
      rightForMe: 'yes',
      comment: 'The helpers were patient. I can do emails now and I know what a browser is.',
      anonymous: false,
      status: 'sent',
      sentAt: t.iso(-113, '19:00'),
    }))
    .claimant(d(-100, '16:20'), 'fourSteps', 'goal1', {
      reviews: [
        {
          at: t.iso(-100, '16:20'),
          outcome: 'partly',
          learned: 'Got the CV started at the library. The helper was patient with me.',
        },
      ],
    })
    .coach(w(-95, '09:30'), 'appointment', 'appt3', {
      at: t.workdayIso(-90, '14:00'),
      how: 'inPerson',
      place: 'Riverside Jobcentre, 2nd floor',
      withWhom: COACH,
      prepare: 'Bring your CV if you have it on paper or on your phone.',
      adjustments: [],
      status: 'booked',
      source: 'coach',
    })
    .claimant(
      d(-89, '18:40'),
      'checkIn',
      'c3',
      checkIn(
        d(-89, '18:40'),
        {
          physicalHealth: [4, 'Back at the hospital for tests. All fine in the end'],
          mentalHealth: ['ctm', 'Up and down since the hospital tests'],
          confidence: 4,
          skills: 5,
          suitableWork: 3,
          caring: 'skip',
          money: [3, 'The energy bill has gone up again'],
          housing: 8,
          transport: 6,
          digital: 4,
        },
        { wantToWork: 'greatExtent', feelAboutWork: 'mightInFuture', feelingToday: 'Worried' },
      ),
    )
    .coach(w(-88, '10:00'), 'action', 'a-ncs', {
      text: 'Book a session with the National Careers Service about jobs that use your driving experience',
      barrierAreas: ['suitableWork', 'skills'],
      type: 'jobSearch',
      owner: 'me',
      referralProvider: 'National Careers Service',
      proposedBy: 'coach',
      requirement: 'voluntary',
      due: t.date(-60),
      status: 'toDo',
    })
    .coach(w(-88, '10:05'), 'action', 'a-energy', {
      text: 'Apply for the Warm Home Discount and ask the energy company about a payment plan',
      barrierAreas: ['money'],
      type: 'moneyHousing',
      owner: 'me',
      proposedBy: 'coach',
      requirement: 'voluntary',
      due: t.date(-70),
      status: 'toDo',
    })
    .claimant(d(-72, '11:00'), 'fourSteps', 'goal1', {
      reviews: [
        {
          at: t.iso(-100, '16:20'),
          outcome: 'partly',
          learned: 'Got the CV started at the library. The helper was patient with me.',
        },
        {
          at: t.iso(-72, '11:00'),
          outcome: 'wentWell',
          learned: "The CV is done and saved in my email. I've sent it to Priya.",
        },
      ],
    })
    .claimant(d(-72, '11:05'), 'journalEntry', 'j3', {
      author: 'claimant',
      text: "I've emailed you my CV. First email I've ever sent with something attached!",
    })
    .coach(w(-70, '09:20'), 'journalEntry', 'j4', {
      author: 'coach',
      text: "Got it, and it reads really well. Your driving record stands out. That's a big step, well done.",
    })
    .claimant(d(-64, '17:30'), 'action', 'a-energy', {
      status: 'dropped',
      statusReason:
        "The energy company said I can't get the Warm Home Discount this year. Citizens Advice are helping with the bill instead.",
    })
    .coach(w(-66, '10:00'), 'appointment', 'appt4', {
      at: t.workdayIso(-62, '14:00'),
      how: 'inPerson',
      place: 'Riverside Jobcentre, 2nd floor',
      withWhom: COACH,
      prepare: '',
      adjustments: [],
      status: 'booked',
      source: 'coach',
    })
    .claimant(d(-63, '18:45'), 'appointmentPack', 'pack4', (idOf) => ({
      appointmentId: idOf('appt4'),
      ticked: ['checkIn'],
      topics: ['benefitClaim'],
      talkAbout: 'I had a letter about my claim and I do not understand it.',
      easier: ['phoneInstead'],
      easierOther: '',
      status: 'draft',
      completedAt: null,
      sharing: 'shared',
    }))
    .claimant(
      d(-61, '19:10'),
      'checkIn',
      'c4',
      checkIn(
        d(-61, '19:10'),
        {
          physicalHealth: 5,
          mentalHealth: 5,
          confidence: 5,
          skills: 5,
          suitableWork: 4,
          caring: 'skip',
          money: 3,
          housing: 8,
          transport: 6,
          digital: 5,
        },
        { wantToWork: 'greatExtent', feelAboutWork: 'mightInFuture' },
      ),
    )
    .claimant(d(-58, '15:00'), 'action', 'a-ncs', { status: 'done' })
    .claimant(d(-58, '15:05'), 'journalEntry', 'j5', {
      author: 'claimant',
      text: 'The careers lady said van driving or a community minibus might work if the doctor is happy. I never thought of that.',
    })
    .claimant(d(-40, '20:00'), 'aboutMe', 'aboutMe2', {
      ...aboutMe,
      status: 'draft',
      completedAt: null,
      sharing: 'shared',
    })
    .claimant(d(-40, '20:25'), 'aboutMe', 'aboutMe2', {
      healthEffects:
        "I had a heart attack last year and I've got type 2 diabetes. Cardiac rehab has helped a lot and I can walk to the shops and back now. Stairs are still hard.",
      supportNeeded:
        "I can do emails now with a bit of help. I'd like to find out if I can drive a van or a minibus if the doctor agrees.",
    })
    .claimant(d(-40, '20:40'), 'aboutMe', 'aboutMe2', {
      status: 'done',
      completedAt: t.iso(-40, '20:40'),
    })
    .coach(w(-38, '09:00'), 'appointment', 'appt5', {
      at: t.workdayIso(-34, '14:00'),
      how: 'phone',
      place: '',
      withWhom: COACH,
      prepare: "I'll ring you at 2pm.",
      adjustments: [],
      status: 'booked',
      source: 'coach',
    })
    .claimant(d(-35, '10:00'), 'fourSteps', 'goal2', {
      goal: 'Find out if I can drive a van or a minibus again',
      bestOutcome: 'Getting back to work I know, and being out and about.',
      obstacle: "I'm scared they'll say no and then I've got nothing.",
      ifThen: {
        if: 'I start thinking there is no point asking',
        then: 'I will remember the careers lady said there are other jobs too, and ask anyway',
      },
      barrierAreas: ['suitableWork', 'physicalHealth'],
      reviews: [],
      status: 'done',
      completedAt: t.iso(-35, '09:58'),
      sharing: 'shared',
    })
    .claimant(
      d(-33, '18:20'),
      'checkIn',
      'c5',
      checkIn(
        d(-33, '18:20'),
        {
          physicalHealth: 6,
          mentalHealth: 6,
          confidence: 6,
          skills: 6,
          suitableWork: 5,
          caring: 'skip',
          money: 4,
          housing: 8,
          transport: 6,
          digital: 6,
        },
        { wantToWork: 'greatExtent', feelAboutWork: 'couldNow', feelingToday: 'Good' },
      ),
    )
    .coach(w(-31, '10:00'), 'action', 'a-minibus', {
      text: 'Ask the cardiac nurse whether a van or minibus licence is possible, and when',
      barrierAreas: ['suitableWork', 'physicalHealth'],
      type: 'health',
      owner: 'me',
      proposedBy: 'coach',
      requirement: 'voluntary',
      due: t.date(14),
      status: 'toDo',
    })
    .coach(w(-10, '09:30'), 'appointment', 'appt6', {
      at: t.workdayIso(8, '14:00'),
      how: 'phone',
      place: '',
      withWhom: COACH,
      prepare: "I'll ring you at 2pm. Tell me what the cardiac nurse said.",
      adjustments: [],
      status: 'booked',
      source: 'coach',
    })
    .claimant(
      d(-6, '18:00'),
      'checkIn',
      'c6',
      checkIn(
        d(-6, '18:00'),
        {
          physicalHealth: 6,
          mentalHealth: 5,
          confidence: 6,
          skills: 6,
          suitableWork: 5,
          caring: 'skip',
          money: [4, 'Winter bills'],
          housing: 8,
          transport: 6,
          digital: 6,
        },
        { wantToWork: 'greatExtent', feelAboutWork: 'couldNow' },
      ),
    )
    // After the coach last looked: what's new.
    .claimant(d(-2, '16:45'), 'action', 'a-minibus', { status: 'inProgress' })
    .claimant(d(-2, '16:50'), 'journalEntry', 'j6', {
      author: 'claimant',
      text: 'Saw the cardiac nurse. She thinks a van should be fine in about 6 months if my tests stay good. A minibus with passengers needs more checks.',
    });

  return {
    label: 'D.O.',
    added: w(-152, '11:00'),
    phone: { paired: d(-148, '18:40'), lastSeen: d(-2, '16:51') },
    coachLooked: d(-4, '09:00'),
    events: s.events,
  };
}
