import { useId, type CSSProperties } from 'react';
import { Heading, Paragraph } from '@utrecht/component-library-react';
import type { FundingTimeline as Timeline } from '#src/domain/follow-up/funding-timeline';
import { followUpPageNl } from '#src/i18n/nl/follow-up-page';
import { timelineLayout, type TimelineLayout } from './funding-timeline-layout';
import { sourceName, timelineFacts } from './funding-timeline-facts';
import './funding-timeline.css';

const c = followUpPageNl.timeline;
const at = (left: number): CSSProperties => ({ left: `${left}%` });

/** What every track shows behind its own bar: the last year of temporary money, today, the start of the search. */
function Marks({ layout }: { layout: TimelineLayout }) {
  return (
    <>
      {layout.lastYear && (
        <span className="sw-tl-last-year" style={{ left: `${layout.lastYear.left}%`, width: `${layout.lastYear.width}%` }} />
      )}
      {layout.searchStart !== undefined && <span className="sw-tl-search" style={at(layout.searchStart)} />}
      <span className="sw-tl-today" style={at(layout.today)} />
    </>
  );
}

function Legend({ layout }: { layout: TimelineLayout }) {
  const l = c.legend;
  const items = [
    ['temporary', l.temporary, layout.bars.some((b) => !b.structural)],
    ['structural', l.structural, layout.bars.some((b) => b.structural)],
    ['last-year', l.lastYear, !!layout.lastYear],
    ['today', l.today, true],
    ['search', l.search, layout.searchStart !== undefined],
    ['round', l.round, layout.rounds.length > 0],
  ] as const;
  return (
    <ul className="sw-tl-legend">
      {items
        .filter(([, , shown]) => shown)
        .map(([key, label]) => (
          <li key={key}>
            <span className={`sw-tl-swatch sw-tl-swatch--${key}`} />
            {label}
          </li>
        ))}
    </ul>
  );
}

/**
 * The funding of a partnership on one line of time (step 3's sources, today, the start of the search
 * for structural money, the last twelve months and the planned rounds), drawn with HTML and CSS, then
 * the same facts as a list in date order. The picture is hidden from screen readers: the title, the
 * summary and the list say everything it shows.
 */
export function FundingTimeline({ timeline, headingLevel = 2 }: { timeline: Timeline; headingLevel?: 2 | 3 }) {
  const titleId = useId();
  const layout = timelineLayout(timeline);
  const facts = timelineFacts(timeline);
  const empty = timeline.periods.length === 0;
  return (
    <section className="sw-timeline" aria-labelledby={titleId}>
      <Heading level={headingLevel} id={titleId}>
        {c.title}
      </Heading>
      {empty ? (
        <Paragraph>{c.empty}</Paragraph>
      ) : (
        <>
          <Paragraph>{c.summary(timeline)}</Paragraph>
          <Paragraph className="sw-muted">{c.intro}</Paragraph>
          <div className="sw-tl-picture" aria-hidden="true">
            <Legend layout={layout} />
            {layout.bars.map((bar, i) => (
              <div className="sw-tl-row" key={bar.id}>
                <span className="sw-tl-label">{sourceName(bar.name, i)}</span>
                <span className="sw-tl-track">
                  <Marks layout={layout} />
                  <span
                    className={`sw-tl-bar${bar.structural ? ' sw-tl-bar--structural' : ''}${bar.to ? '' : ' sw-tl-bar--open'}`}
                    style={{ left: `${bar.left}%`, width: `${Math.max(bar.width, 0.5)}%` }}
                  />
                </span>
              </div>
            ))}
            {layout.rounds.length > 0 && (
              <div className="sw-tl-row">
                <span className="sw-tl-label">{c.roundsRow}</span>
                <span className="sw-tl-track">
                  <Marks layout={layout} />
                  {layout.rounds.map((r) => (
                    <span key={r.date} className="sw-tl-round" style={at(r.left)} />
                  ))}
                </span>
              </div>
            )}
            <div className="sw-tl-row sw-tl-row--axis">
              <span className="sw-tl-label" />
              <span className="sw-tl-axis">
                {layout.years
                  .filter((_, i, all) => all.length <= 6 || i % 2 === 0)
                  .map((y) => (
                    <span key={y.year} className="sw-tl-year" style={at(y.left)}>
                      {y.year}
                    </span>
                  ))}
              </span>
            </div>
          </div>
          <Heading level={headingLevel + 1}>{c.listTitle}</Heading>
          <ul className="sw-tl-facts">
            {facts.map((fact, i) => (
              <li key={i}>
                <time dateTime={fact.date}>{c.date(fact.date)}</time>: {fact.text}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
