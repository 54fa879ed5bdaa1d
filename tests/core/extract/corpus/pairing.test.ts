import { describe, expect, it } from 'vitest';
import { findPairedMeeting } from '../../../../src/core/extract/corpus/pairing';
import type { Meeting, Participant } from '../../../../src/core/model';

const person = (side: 'cn' | 'us', en: string, zh: string): Participant => ({
  side,
  name: { en, zh },
  title: { en: '', zh: '' },
});

// Meetings of the app (the browser pairs with the corpus and the reader's own meetings, not meeting files).
const meeting = (id: string, date: string, participants: Participant[], endDate?: string) => ({
  meeting: { id, date, participants, ...(endDate ? { endDate } : {}) } as Pick<
    Meeting,
    'id' | 'date' | 'endDate' | 'participants'
  >,
});

describe('pairing a readout with a known meeting', () => {
  const wangWentao = person('cn', 'Wang Wentao', '王文涛');
  const raimondo = person('us', 'Gina Raimondo', '吉娜·雷蒙多');

  it('needs the same date (a day apart, or within the meeting’s days) and a participant of each side', () => {
    const call = meeting('call', '2024-01-10', [wangWentao, raimondo], '2024-01-11');
    expect(findPairedMeeting([call], '2024-01-12', [wangWentao, raimondo])?.meeting.id).toBe('call');
    expect(findPairedMeeting([call], '2024-01-13', [wangWentao, raimondo])).toBeUndefined();
    expect(findPairedMeeting([call], '2024-01-10', [wangWentao])).toBeUndefined();
    expect(
      findPairedMeeting([call], '2024-01-10', [wangWentao, person('us', 'Janet Yellen', '珍妮特·耶伦')]),
    ).toBeUndefined();
  });

  it('matches a name given in one language only (a reader’s own meeting typed in Chinese)', () => {
    const own = meeting('own', '2024-01-10', [
      person('cn', '王文涛', '王文涛'),
      person('us', 'Gina Raimondo', 'Gina Raimondo'),
    ]);
    expect(findPairedMeeting([own], '2024-01-10', [wangWentao, raimondo])?.meeting.id).toBe('own');
  });

  it('prefers the nearest date', () => {
    const first = meeting('first', '2024-01-09', [wangWentao, raimondo]);
    const second = meeting('second', '2024-01-10', [wangWentao, raimondo]);
    expect(findPairedMeeting([first, second], '2024-01-10', [wangWentao, raimondo])?.meeting.id).toBe(
      'second',
    );
  });
});
