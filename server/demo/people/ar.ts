/**
 * A.R.: early twenties, autistic, with social anxiety; has not had a paid job yet. Four months on
 * the caseload: adjustments for appointments, a goal about volunteering at a cat rescue that took
 * three tries, a referral to Talking Therapies, and a hard month when their grandad was unwell.
 * The coach looked at the journal yesterday, so nothing is new.
 */
import type { DemoPerson, Timeline } from '../story';
import { checkIn, Story } from '../story';

const COACH = 'Priya';

export function ar(t: Timeline): DemoPerson {
  const d = (day: number, hhmm: string) => t.at(day, hhmm);
  const w = (day: number, hhmm: string) => t.workday(day, hhmm);
  const s = new Story(t);

  const aboutMe = {
    enjoy:
      'Drawing. Animals (I have two rats called Bean and Pickle). Playing games online with my friends.',
    goodAt: "Drawing. Remembering facts about animals. I'm very honest and I notice details.",
    proudOf: 'I finished my art course at college even though it was really hard.',
    healthEffects:
      "I'm autistic and I get very anxious, especially around lots of people or noise. Busy buses are the worst. Some days I can't leave the house.",
    previousWork:
      "I haven't had a paid job. I did two weeks' work experience at a vet's when I was at school.",
    supportNeeded:
      'Clear instructions, written down. Time to think before I answer. Please text before you phone.',
    coachShouldKnow: "I might not look at you much. It doesn't mean I'm not listening.",
  } as const;

  const adjustments = [
    'A quiet room, please',
    'Please text me the day before',
    'Written notes of what we agreed',
  ];

  s.claimant(d(-117, '23:15'), 'aboutMe', 'aboutMe1', {
    ...aboutMe,
    status: 'done',
    completedAt: t.iso(-117, '23:10'),
    sharing: 'shared',
  })
    .coach(w(-116, '09:30'), 'appointment', 'appt1', {
      at: t.workdayIso(-112, '11:00'),
      how: 'inPerson',
      place: 'Riverside Jobcentre, ground floor, room 3 (the quiet room)',
      withWhom: `${COACH}, your work coach`,
      prepare: 'Nothing to bring. We will only talk about what you want to talk about.',
      adjustments: [],
      status: 'booked',
      source: 'coach',
    })
    .claimant(d(-113, '21:40'), 'appointment', 'appt1', { adjustments })
    .claimant(
      d(-113, '22:00'),
      'checkIn',
      'c1',
      checkIn(
        d(-113, '22:00'),
        {
          physicalHealth: 7,
          mentalHealth: 3,
          confidence: 2,
          skills: 4,
          suitableWork: 2,
          caring: 'skip',
          money: 5,
          housing: 6,
          transport: [2, 'Buses'],
          digital: 9,
        },
        { wantToWork: 'aLittle', feelAboutWork: 'mightInFuture' },
      ),
    )
    .coach(w(-112, '12:30'), 'journalEntry', 'j1', {
      author: 'coach',
      text: 'Thank you for coming in today. What we agreed: 1. You will think about one thing you would like to try. 2. I will find out about travel training. No rush.',
    })
    .coach(w(-112, '12:35'), 'action', 'a-travel', {
      text: 'Find out about free travel training from Riverside Council',
      barrierAreas: ['transport', 'confidence'],
      type: 'referral',
      owner: 'coach',
      referralProvider: 'Riverside Council Travel Training',
      proposedBy: 'coach',
      requirement: 'voluntary',
      due: t.date(-85),
      status: 'toDo',
    })
    .claimant(d(-108, '19:00'), 'feedback', 'fb1', (idOf) => ({
      about: 'appointment',
      aboutId: idOf('appt1'),
      helpful: 4,
      listenedTo: 'partly',
      rightForMe: 'yes',
      comment: 'The quiet room helped a lot. It was a lot of questions at once.',
      anonymous: true,
      status: 'sent',
      sentAt: t.iso(-108, '19:00'),
    }))
    .claimant(d(-105, '00:30'), 'values', 'values', {
      chosen: [
        { id: 'nature', why: 'Animals calm me down. I feel more like me around them.' },
        { id: 'creativity', why: 'Drawing is how I sort my head out.' },
        { id: 'honesty', why: 'I would rather people just say what they mean.' },
        {
          id: 'own-1',
          custom: 'Being trusted to get on with things',
          why: 'I work best when people explain once and then leave me to it.',
          next: 'A job where I can work on my own some of the time.',
        },
      ],
      status: 'done',
      completedAt: t.iso(-105, '00:28'),
      sharing: 'shared',
    })
    .claimant(d(-101, '20:20'), 'fourSteps', 'goal', {
      goal: 'Do a trial morning volunteering at the cat rescue',
      bestOutcome:
        'Being around animals and doing something useful. It might help me work with animals one day.',
      obstacle: 'Busy buses make me panic and I turn back.',
      ifThen: {
        if: 'the bus is too busy',
        then: "I'll wait for the next one and put my headphones on",
      },
      barrierAreas: ['transport', 'mentalHealth', 'confidence'],
      reviews: [],
      status: 'done',
      completedAt: t.iso(-101, '20:18'),
      sharing: 'shared',
    })
    .claimant(d(-99, '15:00'), 'action', 'a-bus', {
      text: 'Practise the bus route to the rescue on a Sunday when it is quiet',
      barrierAreas: ['transport'],
      type: 'confidence',
      owner: 'me',
      proposedBy: 'claimant',
      due: t.date(-85),
      status: 'toDo',
      sharing: 'shared',
    })
    .coach(w(-91, '10:00'), 'appointment', 'appt2', {
      at: t.workdayIso(-84, '11:00'),
      how: 'inPerson',
      place: 'Riverside Jobcentre, ground floor, room 3 (the quiet room)',
      withWhom: COACH,
      prepare: "Tell me how the bus practice went. I'll text you the day before.",
      adjustments,
      status: 'booked',
      source: 'coach',
    })
    .claimant(
      d(-86, '23:50'),
      'checkIn',
      'c2',
      checkIn(
        d(-86, '23:50'),
        {
          physicalHealth: 7,
          mentalHealth: ['ctm', "Some days are fine, some days I can't get out of bed"],
          confidence: 2,
          skills: 4,
          suitableWork: 2,
          caring: 'skip',
          money: 5,
          housing: 6,
          transport: 2,
          digital: 9,
        },
        { wantToWork: 'aLittle', feelAboutWork: 'mightInFuture' },
      ),
    )
    .claimant(d(-80, '18:10'), 'fourSteps', 'goal', {
      reviews: [
        {
          at: t.iso(-80, '18:10'),
          outcome: 'notYet',
          learned:
            "I turned back twice. The second time I waited for the next bus and it was quieter, but I'd missed the start by then.",
        },
      ],
    })
    .claimant(d(-79, '14:30'), 'action', 'a-bus', { status: 'done' })
    .coach(w(-77, '11:15'), 'action', 'a-talking', {
      text: 'Refer yourself to NHS Talking Therapies for help with anxiety (you can do it online)',
      barrierAreas: ['mentalHealth'],
      type: 'health',
      owner: 'me',
      referralProvider: 'NHS Talking Therapies',
      proposedBy: 'coach',
      requirement: 'voluntary',
      due: t.date(-63),
      status: 'toDo',
    })
    .claimant(d(-72, '22:30'), 'action', 'a-talking', { status: 'inProgress' })
    .claimant(d(-72, '22:35'), 'journalEntry', 'j2', {
      author: 'claimant',
      text: "I did the Talking Therapies form online. They said the wait is about 10 weeks. I found a quieter bus, the 9:40, so I'll try the rescue again on Thursday.",
    })
    .coach(w(-66, '09:00'), 'appointment', 'appt3', {
      at: t.workdayIso(-59, '11:00'),
      how: 'inPerson',
      place: 'Riverside Jobcentre, ground floor, room 3 (the quiet room)',
      withWhom: COACH,
      prepare: '',
      adjustments,
      status: 'booked',
      source: 'coach',
    })
    .coach(w(-62, '08:45'), 'appointment', 'appt3', { status: 'cancelled' })
    .coach(w(-62, '08:50'), 'journalEntry', 'j3', {
      author: 'coach',
      text: "Sorry, I've had to cancel our meeting this week because I'm off. I'll book a new time as soon as I'm back. This won't affect anything.",
    })
    .claimant(d(-52, '19:30'), 'fourSteps', 'goal', {
      reviews: [
        {
          at: t.iso(-80, '18:10'),
          outcome: 'notYet',
          learned:
            "I turned back twice. The second time I waited for the next bus and it was quieter, but I'd missed the start by then.",
        },
        {
          at: t.iso(-52, '19:30'),
          outcome: 'wentWell',
          learned:
            'Took the 9:40 bus, it was nearly empty. I did the whole morning: cleaned the pens and fed the kittens. They asked if I want to come every Thursday.',
        },
      ],
    })
    .claimant(d(-52, '19:40'), 'action', 'a-travel', {
      status: 'dropped',
      statusReason: "I found a quiet bus time myself, so I don't need it now.",
    })
    .claimant(
      d(-50, '21:00'),
      'checkIn',
      'c3',
      checkIn(
        d(-50, '21:00'),
        {
          physicalHealth: 7,
          mentalHealth: 4,
          confidence: 4,
          skills: 5,
          suitableWork: 3,
          caring: 'skip',
          money: 5,
          housing: [5, "Grandad isn't well and it's tense at home"],
          transport: 4,
          digital: 9,
        },
        { wantToWork: 'someExtent', feelAboutWork: 'mightInFuture' },
      ),
    )
    .coach(w(-49, '10:00'), 'appointment', 'appt4', {
      at: t.workdayIso(-45, '11:00'),
      how: 'inPerson',
      place: 'Riverside Jobcentre, ground floor, room 3 (the quiet room)',
      withWhom: COACH,
      prepare: 'Bring a photo of the kittens if you like!',
      adjustments,
      status: 'booked',
      source: 'coach',
    })
    .claimant(d(-47, '21:00'), 'appointmentPack', 'pack4', (idOf) => ({
      appointmentId: idOf('appt4'),
      ticked: ['aboutMe'],
      topics: ['healthAndWork'],
      talkAbout: 'Could the animal rescue count as experience? I would like to do a course.',
      easier: ['someoneWithMe'],
      easierOther: 'My mum may come with me.',
      status: 'done',
      completedAt: t.iso(-47, '21:10'),
      sharing: 'shared',
    }))
    .coach(w(-45, '12:15'), 'journalEntry', 'j4', {
      author: 'coach',
      text: 'What we agreed today: 1. Keep going to the rescue on Thursdays while it feels right. 2. Write down what you do there, it will be useful later. 3. I will look for animal care courses near you.',
    })
    .coach(w(-45, '12:20'), 'action', 'a-course', {
      text: 'Find animal care courses at Riverside College or nearby, part-time and small groups',
      barrierAreas: ['skills', 'suitableWork'],
      type: 'skills',
      owner: 'coach',
      proposedBy: 'coach',
      requirement: 'voluntary',
      due: t.date(14),
      status: 'toDo',
    })
    .claimant(d(-42, '20:00'), 'action', 'a-notes', {
      text: 'Write down what I do at the rescue so I can use it on a CV later',
      barrierAreas: ['skills'],
      type: 'skills',
      owner: 'me',
      proposedBy: 'claimant',
      status: 'toDo',
      sharing: 'shared',
    })
    .claimant(d(-38, '21:00'), 'aboutMe', 'aboutMe2', {
      ...aboutMe,
      status: 'draft',
      completedAt: null,
      sharing: 'shared',
    })
    .claimant(d(-38, '21:30'), 'aboutMe', 'aboutMe2', {
      previousWork:
        "No paid job yet. I did two weeks' work experience at a vet's when I was at school. Now I volunteer at the cat rescue on Thursday mornings: cleaning the pens, feeding, and helping with the kittens.",
      proudOf:
        'I finished my art course at college even though it was really hard. I got myself to the cat rescue on my own.',
    })
    .claimant(d(-38, '21:45'), 'aboutMe', 'aboutMe2', {
      status: 'done',
      completedAt: t.iso(-38, '21:45'),
    })
    .claimant(
      d(-22, '22:40'),
      'checkIn',
      'c4',
      checkIn(
        d(-22, '22:40'),
        {
          physicalHealth: 6,
          mentalHealth: [3, 'Grandad went into hospital'],
          confidence: 3,
          skills: 5,
          suitableWork: 3,
          caring: [5, 'Helping Nan more'],
          money: 4,
          housing: 5,
          transport: 4,
          digital: 9,
        },
        { wantToWork: 'someExtent', feelAboutWork: 'mightInFuture', feelingToday: 'Sad' },
      ),
    )
    .claimant(d(-21, '10:00'), 'journalEntry', 'j5', {
      author: 'claimant',
      text: "Grandad is in hospital so I missed the rescue this week. I'm OK, just tired.",
    })
    .coach(w(-18, '09:10'), 'journalEntry', 'j6', {
      author: 'coach',
      text: "I'm sorry to hear about your grandad. Please don't worry about the rescue or about me, look after yourself and your family. I'll text before our next meeting.",
    })
    .coach(w(-18, '09:15'), 'appointment', 'appt5', {
      at: t.workdayIso(4, '11:00'),
      how: 'video',
      place: 'A video call link will come by text',
      withWhom: COACH,
      prepare: 'We can keep it short. Camera off is fine.',
      adjustments: ['Please text me the day before', 'Camera off'],
      status: 'booked',
      source: 'coach',
    })
    .claimant(d(-12, '15:00'), 'action', 'a-notes', { status: 'inProgress' });

  return {
    label: 'A.R.',
    added: w(-121, '14:00'),
    phone: { paired: d(-117, '22:50'), lastSeen: d(-1, '23:05') },
    coachLooked: w(-1, '16:00'),
    events: s.events,
  };
}
