export interface DateFieldProps {
  label: string;
  /** `YYYY-MM-DD`. */
  value: string;
  min?: string;
  max?: string;
  onChange: (value: string) => void;
  className?: string;
}

/** H5: the browser's own date input, which a desk keyboard can type into. */
export function DateField({ label, value, min, max, onChange, className }: DateFieldProps) {
  return (
    <label className={['date-field', className ?? ''].filter(Boolean).join(' ')}>
      <span className='date-field__label'>{label}</span>
      <input
        className='date-field__input'
        type='date'
        value={value}
        min={min}
        max={max}
        onChange={(event) => {
          if (event.target.value) onChange(event.target.value);
        }}
      />
    </label>
  );
}
