export interface Figure {
  label: string
  value: string
  note?: string
}

/** A card's headline figures: a label, the value large, a note under it. */
export function Figures({ items }: { items: Figure[] }) {
  return (
    <dl className="dashboard-figures">
      {items.map((item) => (
        <div key={item.label} className="dashboard-figure">
          <dt>{item.label}</dt>
          <dd className="dashboard-figure__value tabular">{item.value}</dd>
          {item.note && <dd className="muted">{item.note}</dd>}
        </div>
      ))}
    </dl>
  )
}
