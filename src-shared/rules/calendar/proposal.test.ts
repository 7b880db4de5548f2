import { describe, expect, it } from 'vitest';
import { appointmentProposal, changesSchedule, partiesOfValues } from './proposal';

const ME = '01900000-0000-7000-8000-00000000a001';
const BEA = '01900000-0000-7000-8000-00000000b001';
const DANA = '01900000-0000-7000-8000-00000000d001';
const ID = '01900000-0000-7000-8000-00000000e001';
const NOW = Date.UTC(2025, 2, 1, 12);

const meeting = {
  activity_type: 'appointment',
  status: 'open',
  owner_id: ME,
  organizer: [`user:${ME}`],
  required_attendees: [`user:${BEA}`, `contact:${DANA}`],
  optional_attendees: [`user:${BEA}`],
  scheduled_start: '2025-03-03T09:00:00.000Z',
  scheduled_end: '2025-03-03T10:00:00.000Z',
};

describe('conflict proposals', () => {
  it('name the owner, organizer and attendees once each', () => {
    expect(partiesOfValues(meeting)).toEqual([`user:${ME}`, `user:${BEA}`, `contact:${DANA}`]);
  });

  it('ask about an appointment’s time, leaving the appointment itself out', () => {
    expect(appointmentProposal(meeting, ID, NOW)).toEqual({
      slots: [{ start: '2025-03-03T09:00:00.000Z', end: '2025-03-03T10:00:00.000Z' }],
      parties: [`user:${ME}`, `user:${BEA}`, `contact:${DANA}`],
      excludeId: ID,
    });
    expect(appointmentProposal(meeting, null, NOW)).not.toHaveProperty('excludeId');
  });

  it('ask about a series’ coming occurrences, leaving its own out', () => {
    const series = {
      ...meeting,
      activity_type: 'recurring_appointment',
      recurrence_frequency: 'weekly',
      recurrence_weekdays: ['mon'],
      recurrence_interval: 1,
      recurrence_end: 'never',
      time_zone: 'UTC',
      scheduled_start: '2025-02-03T09:00:00.000Z',
      scheduled_end: '2025-02-03T10:00:00.000Z',
    };
    const proposal = appointmentProposal(series, ID, NOW);
    // Past Mondays are not checked; 90 days of Mondays from 3 March are.
    expect(proposal?.slots[0]).toEqual({ start: '2025-03-03T09:00:00.000Z', end: '2025-03-03T10:00:00.000Z' });
    expect(proposal?.slots).toHaveLength(13);
    expect(proposal?.excludeSeriesId).toBe(ID);
  });

  it('ask nothing about closed activities, other types, or ones without a time', () => {
    expect(appointmentProposal({ ...meeting, status: 'completed' }, ID, NOW)).toBeNull();
    expect(appointmentProposal({ ...meeting, activity_type: 'task' }, ID, NOW)).toBeNull();
    expect(appointmentProposal({ ...meeting, scheduled_start: null }, ID, NOW)).toBeNull();
    expect(
      appointmentProposal({ activity_type: 'appointment', scheduled_start: meeting.scheduled_start }, ID, NOW),
    ).toBeNull();
  });

  it('are needed when the time, the people or the status change', () => {
    expect(changesSchedule(['subject', 'location'])).toBe(false);
    expect(changesSchedule(['subject', 'scheduled_start'])).toBe(true);
    expect(changesSchedule(['required_attendees'])).toBe(true);
    expect(changesSchedule(['status'])).toBe(true);
  });
});
