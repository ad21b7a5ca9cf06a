export interface DateTimeFieldProps {
  /** `YYYY-MM-DD`, China calendar day. */
  date: string;
  /** `HH:mm`, China time. */
  time: string;
  /** The first day offered. */
  minDate?: string;
  onChange: (value: { date: string; time: string }) => void;
}

/** H5: the browser's date and time inputs (typed at a desk, the system pickers on a phone). */
export function DateTimeField({ date, time, minDate, onChange }: DateTimeFieldProps) {
  return (
    <div className='date-time-field'>
      <input
        className='date-time-field__input date-time-field__date'
        type='date'
        aria-label='日期'
        value={date}
        min={minDate}
        onChange={(event) => onChange({ date: event.target.value, time })}
      />
      <input
        className='date-time-field__input date-time-field__time'
        type='time'
        aria-label='时间'
        value={time}
        step={300}
        onChange={(event) => onChange({ date, time: event.target.value })}
      />
    </div>
  );
}
