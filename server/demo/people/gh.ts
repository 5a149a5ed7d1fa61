/**
 * G.H.: late forties, a scaffolder for 25 years until a fall hurt his back; COPD too. Four and a
 * half months on the caseload: rent arrears sorted with Housing Advice, a first meeting up two
 * flights of stairs that went badly (and said so), pulmonary rehab, a site safety course paid for
 * by the Skills Fund, and, lately, a safety supervisor job to ask about.
 */
import type { DemoPerson, Timeline } from '../story';
import { checkIn, Story } from '../story';

const COACH = 'Priya';

export function gh(t: Timeline): DemoPerson {
  const d = (day: number, hhmm: string) => t.at(day, hhmm);
  const w = (day: number, hhmm: string) => t.workday(day, hhmm);
  const s = new Story(t);

  const downstairs = ['Ground floor room, please', 'A chair with arms, for my back'];

  s.coach(w(-140, '13:45'), 'appointment', 'appt1', {
    at: t.workdayIso(-134, '14:00'),
    how: 'inPerson',
    place: 'Riverside Jobcentre, 2nd floor',
    withWhom: `${COACH}, your work coach`,
    prepare: 'Bring the letter from your landlord if you would like help with it.',
    adjustments: [],
    status: 'booked',
    source: 'coach',
  })
    .claimant(d(-138, '17:40'), 'aboutMe', 'aboutMe1', {
      enjoy:
        "Cooking a proper Sunday dinner. Quizzes on the telly, I usually beat the contestants. Watching my nephew's under-10s play football on Saturdays.",
      goodAt:
        'Reading drawings and working out what kit a job needs. Keeping a crew safe. I can turn my hand to most things.',
      proudOf: 'Twenty-five years on the scaffolds and nobody on my crew ever got badly hurt.',
      healthEffects:
        "I hurt my back in a fall at work three years ago. I can't lift much or stand for long. I've got COPD too, so stairs, cold air and smoky places leave me out of breath. Some nights the pain keeps me awake.",
      previousWork:
        'Scaffolder for 25 years, the last 8 as a chargehand running a crew of four. Before that, labouring on building sites.',
      supportNeeded:
        "Something that uses what I know without the lifting. Help with the rent, I've got behind.",
      coachShouldKnow: "I'm trying to give up smoking. It's hard, so bear with me.",
      status: 'done',
      completedAt: t.iso(-138, '17:35'),
      sharing: 'shared',
    })
    .claimant(
      d(-137, '18:00'),
      'checkIn',
      'c1',
      checkIn(
        d(-137, '18:00'),
        {
          physicalHealth: [2, 'Cold weather is bad for my chest'],
          mentalHealth: 4,
          confidence: 3,
          skills: 6,
          suitableWork: [2, 'Everything I know is heavy work'],
          caring: 'skip',
          money: [2, 'Behind with the rent'],
          housing: [3, 'Letter from the landlord about the rent'],
          transport: 5,
          digital: 5,
        },
        {
          wantToWork: 'someExtent',
          feelAboutWork: 'mightInFuture',
          feelingToday: 'Worried about the flat',
        },
      ),
    )
    .coach(w(-134, '15:00'), 'action', 'a-rent', {
      text: 'Ring Riverside Housing Advice about the rent arrears letter, before the date on it',
      barrierAreas: ['housing', 'money'],
      type: 'moneyHousing',
      owner: 'me',
      referralProvider: 'Riverside Housing Advice',
      proposedBy: 'coach',
      requirement: 'voluntary',
      due: t.date(-120),
      status: 'toDo',
    })
    .coach(w(-134, '15:05'), 'journalEntry', 'j1', {
      author: 'coach',
      text: "Thank you for coming in today, and I'm sorry the lift was broken. As we agreed, you'll ring Housing Advice about the letter. You're not on your own with it.",
    })
    .claimant(d(-131, '20:00'), 'feedback', 'fb1', (idOf) => ({
      about: 'appointment',
      aboutId: idOf('appt1'),
      helpful: 2,
      listenedTo: 'partly',
      rightForMe: 'no',
      comment:
        "The lift was broken so I had to stop on every landing to get my breath. I was in a state by the time I got up there and didn't take much in.",
      anonymous: false,
      status: 'sent',
      sentAt: t.iso(-131, '20:00'),
    }))
    .claimant(d(-130, '11:15'), 'action', 'a-rent', { status: 'inProgress' })
    .claimant(d(-129, '11:30'), 'journalEntry', 'j2', {
      author: 'claimant',
      text: "Rang Housing Advice. They've written to the landlord and I'm paying £15 a week off the arrears. They said to check I'm getting the right housing costs on my Universal Credit too.",
    })
    .claimant(d(-128, '19:00'), 'action', 'a-rehab', {
      text: 'Ask the GP to refer me to pulmonary rehab (the breathing classes)',
      barrierAreas: ['physicalHealth'],
      type: 'health',
      owner: 'me',
      proposedBy: 'claimant',
      due: t.date(-110),
      status: 'toDo',
      sharing: 'shared',
    })
    .coach(w(-127, '09:30'), 'journalEntry', 'j3', {
      author: 'coach',
      text: 'Thank you for your feedback, it helps. Sorry again about the stairs. From now on we will meet on the ground floor or on the phone.',
    })
    .coach(w(-113, '10:00'), 'appointment', 'appt2', {
      at: t.workdayIso(-106, '14:00'),
      how: 'phone',
      place: '',
      withWhom: COACH,
      prepare:
        "I'll ring you at 2pm. We could talk about what you're good at. There's a lot of it.",
      adjustments: [],
      status: 'booked',
      source: 'coach',
    })
    .claimant(d(-112, '12:00'), 'action', 'a-rehab', { status: 'inProgress' })
    .claimant(d(-110, '20:30'), 'values', 'values', {
      chosen: [
        { id: 'independence', why: 'Paying my own way.' },
        {
          id: 'family',
          why: 'My sister and my nephew. I want to be fit enough to kick a ball about with him.',
        },
        {
          id: 'respect',
          why: "I know my trade. I want to be treated like I know what I'm talking about.",
          next: 'Teaching younger ones the safe way to do things.',
        },
      ],
      status: 'done',
      completedAt: t.iso(-110, '20:28'),
      sharing: 'shared',
    })
    .claimant(d(-108, '09:40'), 'action', 'a-rent', { status: 'done' })
    .claimant(
      d(-103, '19:15'),
      'checkIn',
      'c2',
      checkIn(
        d(-103, '19:15'),
        {
          physicalHealth: 3,
          mentalHealth: 4,
          confidence: 4,
          skills: 6,
          suitableWork: 2,
          caring: 'skip',
          money: 3,
          housing: [5, 'Paying off the arrears now'],
          transport: 5,
          digital: 5,
        },
        { wantToWork: 'someExtent', feelAboutWork: 'mightInFuture' },
      ),
    )
    .claimant(d(-100, '18:00'), 'fourSteps', 'goal', {
      goal: 'Finish the six weeks of pulmonary rehab',
      bestOutcome:
        'Getting up the stairs to my flat without stopping. Kicking a ball about with my nephew.',
      obstacle: "I feel a fool being out of breath in front of people, and I'll want to skip it.",
      ifThen: {
        if: 'I feel like skipping a class',
        then: 'I will go anyway and just do the warm-up, then decide',
      },
      barrierAreas: ['physicalHealth', 'confidence'],
      reviews: [],
      status: 'done',
      completedAt: t.iso(-100, '17:58'),
      sharing: 'shared',
    })
    .claimant(d(-98, '10:00'), 'action', 'a-smoke', {
      text: 'Go to the stop smoking clinic at the chemist on Tuesdays',
      barrierAreas: ['physicalHealth'],
      type: 'health',
      owner: 'me',
      proposedBy: 'claimant',
      status: 'inProgress',
      sharing: 'shared',
    })
    .coach(w(-84, '10:30'), 'appointment', 'appt3', {
      at: t.workdayIso(-77, '14:00'),
      how: 'inPerson',
      place: 'Riverside Jobcentre, ground floor, room 1',
      withWhom: COACH,
      prepare: 'Ground floor, as promised. We could look at safety courses if you want to.',
      adjustments: ['Ground floor room, please'],
      status: 'booked',
      source: 'coach',
    })
    .claimant(
      d(-81, '18:30'),
      'checkIn',
      'c3',
      checkIn(
        d(-81, '18:30'),
        {
          physicalHealth: [4, 'Rehab is helping with the stairs'],
          mentalHealth: 5,
          confidence: 4,
          skills: 6,
          suitableWork: 3,
          caring: 'skip',
          money: 3,
          housing: 6,
          transport: 5,
          digital: 5,
        },
        { wantToWork: 'someExtent', feelAboutWork: 'mightInFuture' },
      ),
    )
    .claimant(d(-81, '19:00'), 'appointment', 'appt3', { adjustments: downstairs })
    .claimant(d(-80, '19:30'), 'appointmentPack', 'pack3', (idOf) => ({
      appointmentId: idOf('appt3'),
      ticked: ['checkIn', 'actionPlan'],
      topics: ['training', 'money'],
      talkAbout:
        'Is there a job where I could use my scaffolding tickets without the lifting, like a safety job or a supervisor? Who pays for the course?',
      easier: ['privateRoom'],
      easierOther: 'A chair with arms, and a break to stand up halfway.',
      status: 'done',
      completedAt: t.iso(-80, '19:40'),
      sharing: 'shared',
    }))
    .coach(w(-77, '15:00'), 'action', 'a-course', {
      text: 'Find out about a site safety supervisor course (SSSTS) and whether the Riverside Skills Fund would pay for it',
      barrierAreas: ['skills', 'suitableWork'],
      type: 'skills',
      owner: 'coach',
      referralProvider: 'Riverside Skills Fund',
      proposedBy: 'claimant',
      requirement: 'voluntary',
      due: t.date(-50),
      status: 'toDo',
    })
    .coach(w(-77, '15:05'), 'journalEntry', 'j4', {
      author: 'coach',
      text: 'What we agreed today: 1. I will find out about the safety supervisor course and who could pay for it. 2. You will keep going with rehab. Good to see you downstairs!',
    })
    .claimant(d(-74, '20:00'), 'feedback', 'fb2', (idOf) => ({
      about: 'appointment',
      aboutId: idOf('appt3'),
      helpful: 4,
      listenedTo: 'yes',
      rightForMe: 'yes',
      comment:
        'Much better in the room downstairs. Good to talk about a job that uses what I know.',
      anonymous: false,
      status: 'sent',
      sentAt: t.iso(-74, '20:00'),
    }))
    .claimant(d(-70, '17:00'), 'fourSteps', 'goal', {
      reviews: [
        {
          at: t.iso(-70, '17:00'),
          outcome: 'partly',
          learned:
            'Missed a week when my back went, but I went back. Did the stairs at rehab with only one stop.',
        },
      ],
    })
    .claimant(d(-65, '17:30'), 'fourSteps', 'goal', {
      reviews: [
        {
          at: t.iso(-70, '17:00'),
          outcome: 'partly',
          learned:
            'Missed a week when my back went, but I went back. Did the stairs at rehab with only one stop.',
        },
        {
          at: t.iso(-65, '17:30'),
          outcome: 'wentWell',
          learned: 'Finished all six weeks. Got up to my flat with only one stop today.',
        },
      ],
    })
    .claimant(d(-65, '17:35'), 'action', 'a-rehab', { status: 'done' })
    .coach(w(-56, '11:00'), 'action', 'a-course', { status: 'inProgress' })
    .coach(w(-56, '11:05'), 'journalEntry', 'j5', {
      author: 'coach',
      text: "Good news: the Skills Fund can pay for the safety supervisor course. It's two days, sitting down, at Riverside College, and there's a place on the next one if you want it.",
    })
    .coach(w(-49, '10:00'), 'appointment', 'appt4', {
      at: t.workdayIso(-42, '14:00'),
      how: 'phone',
      place: '',
      withWhom: COACH,
      prepare: "I'll ring you at 2pm.",
      adjustments: [],
      status: 'booked',
      source: 'coach',
    })
    .claimant(
      d(-45, '19:00'),
      'checkIn',
      'c4',
      checkIn(
        d(-45, '19:00'),
        {
          physicalHealth: 4,
          mentalHealth: 5,
          confidence: 5,
          skills: 6,
          suitableWork: 4,
          caring: 'skip',
          money: 4,
          housing: 6,
          transport: 5,
          digital: ['ctm', 'Fine on my phone, lost on a computer'],
        },
        { wantToWork: 'greatExtent', feelAboutWork: 'mightInFuture' },
      ),
    )
    .claimant(d(-30, '18:00'), 'action', 'a-course', { status: 'done' })
    .claimant(d(-30, '18:05'), 'journalEntry', 'j6', {
      author: 'claimant',
      text: "Did the safety supervisor course. Two days, and I passed the test. First certificate I've had in years.",
    })
    .coach(w(-21, '10:00'), 'appointment', 'appt5', {
      at: t.workdayIso(-14, '14:00'),
      how: 'inPerson',
      place: 'Riverside Jobcentre, ground floor, room 1',
      withWhom: COACH,
      prepare: 'Bring your certificate if you like!',
      adjustments: downstairs,
      status: 'booked',
      source: 'coach',
    })
    .claimant(d(-17, '19:00'), 'appointmentPack', 'pack5', (idOf) => ({
      appointmentId: idOf('appt5'),
      ticked: ['actionPlan'],
      topics: ['healthAndWork', 'benefitClaim'],
      talkAbout:
        'A firm my old boss knows needs a safety supervisor, three days a week, mostly walking round and paperwork. How would part-time work affect my Universal Credit?',
      easier: ['privateRoom'],
      easierOther: '',
      status: 'done',
      completedAt: t.iso(-17, '19:10'),
      sharing: 'shared',
    }))
    .coach(w(-14, '15:00'), 'journalEntry', 'j7', {
      author: 'coach',
      text: "What we agreed today: 1. I'll work out what three days a week would mean for your Universal Credit and send it to you in writing. 2. You'll ask your old boss for the firm's number. Well done on the course.",
    })
    .coach(w(-14, '15:05'), 'action', 'a-job', {
      text: 'Ring the firm your old boss told you about and ask about the safety supervisor job',
      barrierAreas: ['suitableWork'],
      type: 'jobSearch',
      owner: 'me',
      proposedBy: 'claimant',
      requirement: 'voluntary',
      due: t.date(7),
      status: 'toDo',
    })
    .coach(w(-14, '15:10'), 'appointment', 'appt6', {
      at: t.workdayIso(11, '14:00'),
      how: 'phone',
      place: '',
      withWhom: COACH,
      prepare: "I'll ring you at 2pm. Tell me how you got on with the firm.",
      adjustments: [],
      status: 'booked',
      source: 'coach',
    })
    // After the coach last looked: what's new.
    .claimant(
      d(-8, '19:30'),
      'checkIn',
      'c5',
      checkIn(
        d(-8, '19:30'),
        {
          physicalHealth: [4, 'My chest is bad with the cold'],
          mentalHealth: 6,
          confidence: 6,
          skills: 7,
          suitableWork: 5,
          caring: 'skip',
          money: 4,
          housing: 7,
          transport: 5,
          digital: 5,
        },
        { wantToWork: 'greatExtent', feelAboutWork: 'couldNow', feelingToday: 'Nervous but good' },
      ),
    )
    .claimant(d(-7, '12:00'), 'action', 'a-job', { status: 'inProgress' })
    .claimant(d(-7, '12:05'), 'journalEntry', 'j8', {
      author: 'claimant',
      text: 'Rang the firm. They want me to come in for a chat next week. Their office is on the ground floor, I checked!',
    });

  return {
    label: 'G.H.',
    added: w(-140, '13:30'),
    phone: { paired: d(-138, '17:00'), lastSeen: d(-7, '12:06') },
    coachLooked: w(-13, '16:00'),
    events: s.events,
  };
}
