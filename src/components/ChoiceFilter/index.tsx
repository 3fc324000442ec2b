import {useId, type ReactNode} from 'react';

export interface ChoiceFilterProps {
  readonly label: string;
  /** The first option, which filters nothing: "Everyone", "All categories". */
  readonly anyLabel: string;
  readonly choices: readonly {readonly id: string; readonly label: string}[];
  /** The chosen id, or "" for any. */
  readonly value: string;
  readonly onChange: (id: string) => void;
  /** The attribute tests and styles find it by: "data-audience-filter". */
  readonly dataAttribute: `data-${string}`;
  readonly className?: string;
}

/** A labelled select of a page's filter form (symptoms, articles): one choice or any. */
export default function ChoiceFilter({
  label,
  anyLabel,
  choices,
  value,
  onChange,
  dataAttribute,
  className,
}: ChoiceFilterProps): ReactNode {
  const id = useId();
  return (
    <div className={className}>
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        className="kb-input"
        {...{[dataAttribute]: ''}}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      >
        <option value="">{anyLabel}</option>
        {choices.map((x) => (
          <option key={x.id} value={x.id}>
            {x.label}
          </option>
        ))}
      </select>
    </div>
  );
}
