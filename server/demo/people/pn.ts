/**
 * P.N.: mid-fifties, a stroke last year: a weak right arm and hand, tiredness, and sometimes
 * hard to find the word she wants. Five and a half months on the caseload: speech therapy,
 * voice typing on her phone, the Stroke Association, Access to Work, feedback that led to
 * shorter meetings, and, lately, volunteering on the front desk at the library.
 */
import type { DemoPerson, Timeline } from '../story';
import { checkIn, Story } from '../story';

const COACH = 'Priya';

export function pn(t: Timeline): DemoPerson {
  const d = (day: number, hhmm: string) => t.at(day, hhmm);
  const w = (day: number, hhmm: string) => t.workday(day, hhmm);
  const s = new Story(t);

  const adjustments = ['Extra time to answer, please', 'Written notes of what we agreed'];

  s.claimant(d(-165, '11:30'), 'aboutMe', 'aboutMe1', {
    enjoy:
      'Gardening, even if it is mostly pots now. Crosswords, they are good for my words. Seeing my grandchildren on Sundays.',
    goodAt:
      'Organising people and diaries. Staying calm when all the phones are ringing. People say I am a good listener.',
    proudOf: 'Learning to walk properly again after the stroke. My three children.',
    healthEffects:
      'I had a stroke last year. My right arm and hand are weak, so writing and typing are slow. I get very tired, and after lunch I often need to lie down. Sometimes I cannot find the word I want, more when I am tired or rushed.',
    previousWork:
      'Receptionist at Riverside Medical Practice for 22 years. I did the appointments, the prescriptions and the forms for new patients.',
    supportNeeded:
      'Time to get my words out. Somewhere to start with work that does not need two good hands all day.',
    coachShouldKnow:
      'Mornings are my best time. If I go quiet I am looking for a word, please give me a moment.',
    status: 'done',
    completedAt: t.iso(-165, '11:25'),
    sharing: 'shared',
  })
    .coach(w(-163, '09:30'), 'appointment', 'appt1', {
      at: t.workdayIso(-158, '10:00'),
      how: 'inPerson',
      place: 'Riverside Jobcentre, ground floor, room 1',
      withWhom: `${COACH}, your work coach`,
      prepare: "A morning, as you asked. We'll take our time, and I'll write down what we agree.",
      adjustments: [],
      status: 'booked',
      source: 'coach',
    })
    .coach(w(-163, '09:35'), 'journalEntry', 'j1', {
      author: 'coach',
      text: "Hello, I'm Priya, your work coach. Thank you for your About Me. I've booked us a morning on the ground floor, so there are no stairs.",
    })
    .claimant(d(-160, '10:15'), 'appointment', 'appt1', { adjustments })
    .claimant(
      d(-159, '11:00'),
      'checkIn',
      'c1',
      checkIn(
        d(-159, '11:00'),
        {
          physicalHealth: [3, 'My right hand still will not do what I tell it'],
          mentalHealth: 4,
          confidence: 3,
          skills: 6,
          suitableWork: 2,
          caring: 'skip',
          money: 5,
          housing: 8,
          transport: [3, 'I cannot drive since the stroke'],
          digital: 3,
        },
        {
          wantToWork: 'someExtent',
          feelAboutWork: 'mightInFuture',
          feelingToday: 'Nervous about the jobcentre',
        },
      ),
    )
    .coach(w(-158, '11:15'), 'action', 'a-stroke', {
      text: 'Get in touch with the Stroke Association about their support for going back to work',
      barrierAreas: ['suitableWork', 'confidence'],
      type: 'referral',
      owner: 'me',
      referralProvider: 'Stroke Association',
      proposedBy: 'coach',
      requirement: 'voluntary',
      due: t.date(-130),
      status: 'toDo',
    })
    .coach(w(-158, '11:20'), 'journalEntry', 'j2', {
      author: 'coach',
      text: 'What we agreed today: 1. You will ask the stroke nurse about speech therapy. 2. You might contact the Stroke Association, only if you want to. 3. Next time we will talk on the phone, in the morning.',
    })
    .claimant(d(-155, '10:30'), 'action', 'a-speech', {
      text: 'Ask the stroke nurse about more speech therapy',
      barrierAreas: ['physicalHealth', 'confidence'],
      type: 'health',
      owner: 'me',
      proposedBy: 'claimant',
      due: t.date(-140),
      status: 'toDo',
      sharing: 'shared',
    })
    .claimant(d(-150, '10:00'), 'values', 'values', {
      chosen: [
        { id: 'family', why: 'My husband and the grandchildren. They have been my rock.' },
        { id: 'independence', why: 'I want to do things for myself again, not be waited on.' },
        {
          id: 'helpingOthers',
          why: 'For 22 years I helped people get seen. I miss being useful.',
          next: 'Something where I help people, even for a few hours.',
        },
      ],
      status: 'done',
      completedAt: t.iso(-150, '09:58'),
      sharing: 'shared',
    })
    .claimant(d(-146, '11:10'), 'action', 'a-speech', { status: 'done' })
    .claimant(d(-146, '11:15'), 'journalEntry', 'j3', {
      author: 'claimant',
      text: 'The stroke nurse has put me back on the list for speech therapy. Six sessions, starting next month.',
    })
    .coach(w(-135, '10:00'), 'appointment', 'appt2', {
      at: t.workdayIso(-128, '10:00'),
      how: 'phone',
      place: '',
      withWhom: COACH,
      prepare: "I'll ring you at 10. We can stop whenever you're tired.",
      adjustments,
      status: 'booked',
      source: 'coach',
    })
    .claimant(d(-130, '10:20'), 'action', 'a-stroke', { status: 'inProgress' })
    .claimant(
      d(-126, '10:40'),
      'checkIn',
      'c2',
      checkIn(
        d(-126, '10:40'),
        {
          physicalHealth: 3,
          mentalHealth: ['ctm', 'Some days I feel like myself, some days I just cry'],
          confidence: 3,
          skills: 6,
          suitableWork: 2,
          caring: 'skip',
          money: 5,
          housing: 8,
          transport: 3,
          digital: 4,
        },
        { wantToWork: 'someExtent', feelAboutWork: 'mightInFuture' },
      ),
    )
    .claimant(d(-120, '10:30'), 'fourSteps', 'goal', {
      goal: 'Use voice typing on my phone to write my own messages',
      bestOutcome: 'Not having to ask my husband to write things for me. Feeling more like me.',
      obstacle: 'I get cross with myself when it goes wrong and I give up.',
      ifThen: {
        if: 'I start getting cross with the phone',
        then: 'I will put it down, have a cup of tea and try one short message',
      },
      barrierAreas: ['digital', 'confidence'],
      reviews: [],
      status: 'done',
      completedAt: t.iso(-120, '10:28'),
      sharing: 'shared',
    })
    .claimant(d(-118, '10:45'), 'action', 'a-voice', {
      text: 'Practise voice typing for 10 minutes every morning',
      barrierAreas: ['digital'],
      type: 'skills',
      owner: 'me',
      proposedBy: 'claimant',
      status: 'inProgress',
      sharing: 'shared',
    })
    .claimant(d(-104, '10:05'), 'fourSteps', 'goal', {
      reviews: [
        {
          at: t.iso(-104, '10:05'),
          outcome: 'partly',
          learned:
            'I can do short messages now. Long ones still come out wrong, but I laugh at them now.',
        },
      ],
    })
    .coach(w(-103, '09:30'), 'appointment', 'appt3', {
      at: t.workdayIso(-96, '10:00'),
      how: 'inPerson',
      place: 'Riverside Jobcentre, ground floor, room 1',
      withWhom: COACH,
      prepare:
        'We could talk about what kind of work might suit you now, if you feel ready. Nothing to bring.',
      adjustments,
      status: 'booked',
      source: 'coach',
    })
    .claimant(
      d(-100, '11:00'),
      'checkIn',
      'c3',
      checkIn(
        d(-100, '11:00'),
        {
          physicalHealth: 4,
          mentalHealth: 5,
          confidence: 4,
          skills: 6,
          suitableWork: 3,
          caring: 'skip',
          money: 5,
          housing: 8,
          transport: 3,
          digital: 5,
        },
        { wantToWork: 'someExtent', feelAboutWork: 'mightInFuture' },
      ),
    )
    .claimant(d(-99, '10:30'), 'appointmentPack', 'pack3', (idOf) => ({
      appointmentId: idOf('appt3'),
      ticked: ['checkIn', 'actionPlan'],
      topics: ['healthAndWork', 'benefitClaim'],
      talkAbout:
        'Could I do reception work again with one good hand? What happens to my Universal Credit if I try a few hours?',
      easier: ['extraTime'],
      easierOther: 'Short questions, one at a time, please.',
      status: 'done',
      completedAt: t.iso(-99, '10:40'),
      sharing: 'shared',
    }))
    .coach(w(-96, '11:30'), 'journalEntry', 'j4', {
      author: 'coach',
      text: "What we agreed today: 1. I'll send you the easy read guide to how a few hours of work would affect your Universal Credit. 2. I'll find out about Access to Work. 3. Keep going with the voice typing, it's working!",
    })
    .coach(w(-96, '11:35'), 'action', 'a-atw', {
      text: 'Find out how Access to Work could help, for example voice typing software or a one-handed keyboard',
      barrierAreas: ['suitableWork', 'digital'],
      type: 'other',
      owner: 'coach',
      referralProvider: 'Access to Work',
      proposedBy: 'coach',
      requirement: 'voluntary',
      due: t.date(-70),
      status: 'toDo',
    })
    .claimant(d(-92, '19:30'), 'feedback', 'fb1', (idOf) => ({
      about: 'appointment',
      aboutId: idOf('appt3'),
      helpful: 3,
      listenedTo: 'yes',
      rightForMe: 'partly',
      comment:
        'Priya was kind and patient. It was a lot to take in and I was worn out by the end. Shorter next time, please.',
      anonymous: false,
      status: 'sent',
      sentAt: t.iso(-92, '19:30'),
    }))
    .coach(w(-89, '09:15'), 'journalEntry', 'j5', {
      author: 'coach',
      text: "Thank you for telling me, that really helps. Next time we'll keep it to half an hour, and I'll send you the notes the same day.",
    })
    .coach(w(-85, '10:00'), 'action', 'a-atw', { status: 'inProgress' })
    .claimant(d(-80, '10:30'), 'action', 'a-stroke', { status: 'done' })
    .claimant(d(-80, '10:35'), 'journalEntry', 'j6', {
      author: 'claimant',
      text: 'I went to the Stroke Association group. A lady there went back to work at a library after her stroke. It made me think maybe I could too.',
    })
    .coach(w(-69, '10:00'), 'appointment', 'appt4', {
      at: t.workdayIso(-62, '10:00'),
      how: 'video',
      place: 'A video call link will come by text',
      withWhom: COACH,
      prepare: 'Half an hour, as we said.',
      adjustments,
      status: 'booked',
      source: 'coach',
    })
    .claimant(
      d(-60, '10:15'),
      'checkIn',
      'c4',
      checkIn(
        d(-60, '10:15'),
        {
          physicalHealth: 4,
          mentalHealth: 5,
          confidence: 5,
          skills: 6,
          suitableWork: 3,
          caring: 'skip',
          money: [4, 'My sick pay from work has run out'],
          housing: 8,
          transport: [4, 'I get the bus with my husband now'],
          digital: 6,
        },
        { wantToWork: 'someExtent', feelAboutWork: 'mightInFuture' },
      ),
    )
    .claimant(d(-55, '10:00'), 'fourSteps', 'goal', {
      reviews: [
        {
          at: t.iso(-104, '10:05'),
          outcome: 'partly',
          learned:
            'I can do short messages now. Long ones still come out wrong, but I laugh at them now.',
        },
        {
          at: t.iso(-55, '10:00'),
          outcome: 'wentWell',
          learned: 'I wrote my sister a whole birthday message on my own. She rang me in tears.',
        },
      ],
    })
    .claimant(d(-55, '10:05'), 'action', 'a-voice', { status: 'done' })
    .coach(w(-52, '09:45'), 'action', 'a-atw', { status: 'done' })
    .coach(w(-52, '09:50'), 'journalEntry', 'j7', {
      author: 'coach',
      text: 'Good news: Access to Work can pay for things like voice typing software or a special keyboard when you start a job, even a part-time one or volunteering that leads to one.',
    })
    .coach(w(-34, '10:00'), 'appointment', 'appt5', {
      at: t.workdayIso(-27, '10:00'),
      how: 'inPerson',
      place: 'Riverside Jobcentre, ground floor, room 1',
      withWhom: COACH,
      prepare: 'Half an hour. Tell me what you think about the library idea.',
      adjustments,
      status: 'booked',
      source: 'coach',
    })
    .claimant(d(-30, '10:20'), 'appointmentPack', 'pack5', (idOf) => ({
      appointmentId: idOf('appt5'),
      ticked: ['actionPlan'],
      topics: ['training', 'healthAndWork'],
      talkAbout:
        'The library wants volunteers on the front desk, two mornings a week. Would that be too much to start with?',
      easier: ['extraTime', 'someoneWithMe'],
      easierOther: 'My husband may come in with me.',
      status: 'done',
      completedAt: t.iso(-30, '10:30'),
      sharing: 'shared',
    }))
    .coach(w(-27, '10:40'), 'action', 'a-library', {
      text: 'Ask Riverside Library about volunteering on the front desk, two mornings a week',
      barrierAreas: ['confidence', 'suitableWork'],
      type: 'confidence',
      owner: 'me',
      proposedBy: 'claimant',
      requirement: 'voluntary',
      due: t.date(-7),
      status: 'toDo',
    })
    .coach(w(-27, '10:45'), 'journalEntry', 'j8', {
      author: 'coach',
      text: 'What we agreed today: 1. You will ask the library about the front desk, two mornings to start. 2. If it feels too much, we can change it. That is fine.',
    })
    .coach(w(-22, '09:30'), 'appointment', 'appt6', {
      at: t.workdayIso(9, '10:00'),
      how: 'phone',
      place: '',
      withWhom: COACH,
      prepare: "I'll ring you at 10. Tell me how you got on at the library.",
      adjustments,
      status: 'booked',
      source: 'coach',
    })
    // After the coach last looked: what's new.
    .claimant(
      d(-6, '10:30'),
      'checkIn',
      'c5',
      checkIn(
        d(-6, '10:30'),
        {
          physicalHealth: 5,
          mentalHealth: 6,
          confidence: 5,
          skills: 6,
          suitableWork: 4,
          caring: 'skip',
          money: 4,
          housing: 8,
          transport: 4,
          digital: 6,
        },
        {
          wantToWork: 'greatExtent',
          feelAboutWork: 'mightInFuture',
          feelingToday: 'Proud of myself',
        },
      ),
    )
    .claimant(d(-5, '11:00'), 'action', 'a-library', { status: 'inProgress' })
    .claimant(d(-5, '11:05'), 'journalEntry', 'j9', {
      author: 'claimant',
      text: 'I went to the library and asked. They want me to come in for a chat about the front desk next week!',
    });

  return {
    label: 'P.N.',
    added: w(-168, '10:00'),
    phone: { paired: d(-166, '14:20'), lastSeen: d(-5, '11:06') },
    coachLooked: w(-19, '16:00'),
    events: s.events,
  };
}
